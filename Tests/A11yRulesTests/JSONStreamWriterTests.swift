import Foundation
import Testing
import A11yAdapters

@Suite("JSON stream writer")
struct JSONStreamWriterTests {
    @Test func numbersAreAlwaysValidJSON() throws {
        var json = JSONStreamWriter(pretty: false)
        json.beginArray()
        for value in [0, -0.0, 3, -12, 0.1 + 0.2, 1e303, -1.7e308, 1e20, .leastNonzeroMagnitude, .infinity, -.infinity, .nan] as [Double] { json.number(value) }
        json.endArray()
        #expect(!json.text.contains("inf") && !json.text.contains("nan"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [Any])
        #expect(parsed.count == 12)
        #expect(json.text.hasPrefix("[0,0,3,-12,0.3,1e+303,"))
        #expect(json.text.hasSuffix(",null,null,null]"))
    }

    @Test func stringsAreEscapedAndKeptAsUTF8() throws {
        var json = JSONStreamWriter(pretty: false)
        json.beginObject()
        json.key("引号\"")
        json.string("a\\b\n\r\t\u{1}终")
        json.endObject()
        #expect(json.text == #"{"引号\"":"a\\b\n\r\t\u0001终"}"#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: String])
        #expect(parsed["引号\""] == "a\\b\n\r\t\u{1}终")
    }

    @Test func prettyLayoutNestsAndFlushesInBulk() {
        var flushed: [UInt8] = []
        var json = JSONStreamWriter(pretty: true, depth: 1) { flushed.append(contentsOf: $0) }
        json.flushThreshold = 8
        json.beginObject()
        json.key("a"); json.beginArray(); json.endArray()
        json.key("b"); json.beginArray(); json.integer(1); json.beginObject(); json.endObject(); json.endArray()
        json.endObject()
        json.flush()
        #expect(String(decoding: flushed, as: UTF8.self) == "{\n    \"a\": [],\n    \"b\": [\n      1,\n      {}\n    ]\n  }")
        #expect(json.bytes.isEmpty)
    }

    @Test func valueTreesWriteTheSameAsBefore() {
        let value: JSONValue = .object([("k", [1, "x", nil, true]), ("e", .object([]))])
        #expect(JSONWriter.write(value) == "{\n  \"k\": [\n    1,\n    \"x\",\n    null,\n    true\n  ],\n  \"e\": {}\n}\n")
        #expect(JSONWriter.write(value, pretty: false) == #"{"k":[1,"x",null,true],"e":{}}"#)
    }
}
