import LoraKit

/// The names a script can see: session globals, plus one scope per running `for` body.
///
/// `let` binds in the innermost scope; `set` rebinds where the name already lives;
/// `name = command …` always binds a session global (what `ls` lists). A global holding a
/// session object (a LoRA, a base, a stack) lives in the `Session`, which owns them and
/// resolves names for its requests; plain globals (numbers, strings, lists) live here. A name
/// is one or the other: binding it as one forgets it as the other.
struct Environment {
    /// The session whose objects are the object globals.
    let session: Session
    /// Scope 0 holds the plain globals; the others are loop bodies' locals (any values).
    private var scopes: [[String: Value]] = [[:]]
    /// Global names (plain and object) in the order they were first bound (for `ls`).
    private var globalOrder: [String] = []

    init(session: Session) {
        self.session = session
    }

    func lookup(_ name: String) -> Value? {
        if let value = localLookup(name) { return value }
        if let value = scopes[0][name] { return value }
        return session.boundObject(name).map { .object($0) }
    }

    /// A name bound by the language itself: a loop body's local or a plain global (what the
    /// session asks before its own names).
    func languageLookup(_ name: String) -> Value? {
        localLookup(name) ?? scopes[0][name]
    }

    private func localLookup(_ name: String) -> Value? {
        for scope in scopes.dropFirst().reversed() {
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
        if !globalOrder.contains(name) { globalOrder.append(name) }
        if case .object(let object) = value {
            scopes[0][name] = nil
            session.bind(name, object)
        } else {
            session.unbind(name)
            scopes[0][name] = value
        }
    }

    private func isGlobal(_ name: String) -> Bool { scopes[0][name] != nil || session.boundObject(name) != nil }

    /// Rebinds an existing name where it lives; false when it is not bound anywhere.
    mutating func rebind(_ name: String, _ value: Value) -> Bool {
        for index in scopes.indices.dropFirst().reversed() where scopes[index][name] != nil {
            scopes[index][name] = value
            return true
        }
        guard isGlobal(name) else { return false }
        bindGlobal(name, value)
        return true
    }

    mutating func removeGlobal(_ name: String) -> Bool {
        let plain = scopes[0].removeValue(forKey: name) != nil
        let object = session.unbind(name)
        guard plain || object else { return false }
        globalOrder.removeAll { $0 == name }
        return true
    }

    mutating func pushScope() { scopes.append([:]) }
    mutating func popScope() { scopes.removeLast() }

    /// Every visible name (for suggestions and completion).
    var allNames: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for scope in scopes.dropFirst().reversed() {
            for name in scope.keys.sorted() where seen.insert(name).inserted { names.append(name) }
        }
        for name in (scopes[0].keys.sorted() + session.objectNames.sorted()) where seen.insert(name).inserted {
            names.append(name)
        }
        return names
    }

    /// Global bindings in order (objects the session bound by itself come last).
    var globals: [(String, Value)] {
        let order = globalOrder + session.objectNames.filter { !globalOrder.contains($0) }
        return order.compactMap { name in
            (scopes[0][name] ?? session.boundObject(name).map { .object($0) }).map { (name, $0) }
        }
    }
}
