import ArgumentParser
import PlaceHealthCLI

/// The `placehealth` executable: runs the root command.
@main
enum Entry {
    static func main() async {
        await PlaceHealthCommand.main()
    }
}
