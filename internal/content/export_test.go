package content

// ReadPlain reads body both ways extractLines may: without the Markdown
// parser, which it does when plain says it may, and with it.
func ReadPlain(body string) (isPlain bool, without, with []Line) {
	return plain(body), plainLines(body, 5), markdownLines(body, 5)
}
