internal import CLibYAML

extension YAMLParser {
    /// Runs libyaml's event loop over `bytes` and only counts the events: no nodes, no Swift strings.
    ///
    /// This is the floor for any loader built on libyaml, used as the in-run baseline of the loading
    /// benchmarks (`a11y-rules bench`).
    ///
    /// - Returns: The number of events, or nil if libyaml rejected the input.
    public static func countEvents(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else { return nil }
            defer { yaml_parser_delete(&parser) }
            var empty: UInt8 = 0
            let base = buffer.baseAddress ?? withUnsafePointer(to: &empty) { $0 }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var event = yaml_event_t()
            var count = 0
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else { return nil }
                count += 1
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { return count }
            }
        }
    }
}
