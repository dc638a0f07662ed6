#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

Output.installPipeManners()
exit(CLI.main(Array(CommandLine.arguments.dropFirst())))
