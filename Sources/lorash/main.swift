import LoraShell

#if canImport(Glibc)
    import Glibc
#endif

exit(Shell.main(Array(CommandLine.arguments.dropFirst())))
