import PlaceHealthCLI

await PlaceHealthCommand.main()
