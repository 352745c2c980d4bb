/// The names a script can see: session globals, plus one scope per running `for` body.
///
/// `let` binds in the innermost scope; `set` rebinds where the name already lives;
/// `name = command …` always binds a session global (what `ls` lists).
struct Environment {
    private var scopes: [[String: Value]] = [[:]]
    /// Global names in the order they were first bound (for `ls`).
    private(set) var globalOrder: [String] = []

    func lookup(_ name: String) -> Value? {
        for scope in scopes.reversed() {
            if let value = scope[name] { return value }
        }
        return nil
    }

    mutating func bindLocal(_ name: String, _ value: Value) {
        if scopes.count == 1 {
            bindGlobal(name, value)
        } else {
            scopes[scopes.count - 1][name] = value
        }
    }

    mutating func bindGlobal(_ name: String, _ value: Value) {
        if scopes[0][name] == nil { globalOrder.append(name) }
        scopes[0][name] = value
    }

    /// Rebinds an existing name where it lives; false when it is not bound anywhere.
    mutating func rebind(_ name: String, _ value: Value) -> Bool {
        for index in scopes.indices.reversed() where scopes[index][name] != nil {
            scopes[index][name] = value
            return true
        }
        return false
    }

    mutating func removeGlobal(_ name: String) -> Bool {
        guard scopes[0].removeValue(forKey: name) != nil else { return false }
        globalOrder.removeAll { $0 == name }
        return true
    }

    mutating func pushScope() { scopes.append([:]) }
    mutating func popScope() { scopes.removeLast() }

    /// Every visible name (for suggestions and completion).
    var allNames: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for scope in scopes.reversed() {
            for name in scope.keys.sorted() where seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    /// Global bindings in order.
    var globals: [(String, Value)] { globalOrder.compactMap { name in scopes[0][name].map { (name, $0) } } }
}
