import Access

/// The pages and page parts that depend on who is signed in: the sign-in page and the account
/// bar (who you are, your role, sign out). Never cached.
struct AccountPages: Sendable {
    /// The page shell.
    let layout: Layout
    /// The signed-in user, if any.
    let user: User?
    /// The session's form token.
    let csrf: String

    /// The hidden field every form of the session carries.
    var tokenField: HTML { "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">" }

    /// Who is signed in, with a sign-out button; or a link to sign in.
    var bar: HTML {
        guard let user else {
            return
                "<p class=\"account\">Not signed in: you see published figures, small numbers suppressed. <a href=\"/signin\">Sign in</a></p>"
        }
        let scopes =
            user.scopes.isEmpty ? "" : " for " + user.scopes.map(\.description).joined(separator: ", ")
        return """
            <form class="account" method="post" action="/signout">\(tokenField)<p>Signed in as <strong>\(user.displayName)</strong> \
            (\(user.role.rawValue): \(user.role.summary)\(scopes)). <button type="submit">Sign out</button></p></form>
            """
    }

    /// The sign-in page (`message`: why the last attempt failed).
    func signIn(next: String?, message: String?) -> HTML {
        let nextField: HTML = next.map { "<input type=\"hidden\" name=\"next\" value=\"\($0)\">" } ?? .empty
        let problem: HTML = message.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        let form: HTML =
            user == nil
            ? """
            <form class="filter" method="post" action="/signin">\(tokenField)\(nextField)
            <label>User name <input name="name" autocomplete="username" required></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Sign in</button></form>
            """
            : bar
        let body: HTML = """
            <h1>Sign in</h1>
            <p class="lead">Published figures need no sign-in. Analysts sign in to see small numbers; clinicians \
            to see the people of the practices or LCP they are assigned to; the information-governance lead to \
            review the audit log. Every person-level view is written to the audit log.</p>
            \(problem)\(form)
            <p>Accounts are managed by an administrator with <code>placehealth user</code>.</p>
            """
        return layout.page(title: "Sign in", section: .account, body: body)
    }
}
