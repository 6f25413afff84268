// The declarations of CFuzzDriver.h are defined by libFuzzer's runtime; SwiftPM wants one source file.
#include "CFuzzDriver.h"
