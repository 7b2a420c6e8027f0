package tomlpos

import (
	"testing"
)

// TestMistakes checks the message of each common mistake in an editor's
// TOML, as the editor reads it: file, line, column, what is wrong, and the
// line as it should be written. The source is an article's front matter,
// which starts on the file's second line.
func TestMistakes(t *testing.T) {
	for _, c := range mistakes {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode("content/a.md", c.src, 1)
			got := "no error"
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
			}
		})
	}
}

// mistakes are the common mistakes, each with its message.
var mistakes = []struct {
	name, src, want string
}{
	{"a \" inside a text", "title = \"Il a dit \"non\" hier\"\n",
		`content/a.md:2:19: title: the text has a " inside it, which ends it too early (write that " as \" or put the whole text between ' quotes: title = 'Il a dit "non" hier')`},
	{"a \" inside a text that ends with it", "outlet = \"AFP\"\ntitle = \"Il a dit \"non\"\"\n",
		`content/a.md:3:19: title: the text has a " inside it, which ends it too early (write that " as \" or put the whole text between ' quotes: title = 'Il a dit "non"')`},
	{"a \" inside a text with an apostrophe", "title = \"L'armée dit \"non\"\"\n",
		`content/a.md:2:23: title: the text has a " inside it, which ends it too early (write each " inside it as \": title = "L'armée dit \"non\"")`},
	{"a \" inside a text of a table", "title = \"T\"\n\n[[fix]]\nexpression = \"le \"jour J\"\"\ndate = 2023-09-19\n",
		`content/a.md:5:18: expression: the text has a " inside it, which ends it too early (write that " as \" or put the whole text between ' quotes: expression = 'le "jour J"')`},
	{"a ' inside a text between ' quotes", "title = 'l'armée avance'\n",
		`content/a.md:2:11: title: the text has a ' inside it, which ends it too early (put the text between double quotes: title = "l'armée avance")`},
	{"a text with no closing quote", "title = \"Il a dit non\nsource = \"AFP\"\n",
		`content/a.md:2:9: title: the text has no closing " (end it with " on the same line: title = "Il a dit non"; a text over several lines opens and closes with """)`},
	{"a text with no closing quote at the end of the file", "title = \"Il a dit non",
		`content/a.md:2:9: title: the text has no closing " (end it with " on the same line: title = "Il a dit non"; a text over several lines opens and closes with """)`},
	{"a long text never closed", "title = \"T\"\nsummary = \"\"\"\nUne ligne.\n\nsource = \"AFP\"\n",
		`content/a.md:3:11: summary: the text opened with """ on this line is never closed (close it with """ after its last line)`},
	{"a date day first", "published = 27/09/2023\n",
		`content/a.md:2:13: published: 27/09/2023 is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
	{"a date day first with hyphens", "published = 27-09-2023\n",
		`content/a.md:2:13: published: 27-09-2023 is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
	{"a date with slashes, year first", "published = 2023/09/27\n",
		`content/a.md:2:13: published: 2023/09/27 is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
	{"a date without its zeros", "published = 2023-9-27\n",
		`content/a.md:2:13: published: 2023-9-27 is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
	{"a date in words", "published = 27 septembre 2023\n",
		`content/a.md:2:13: published: 27 septembre 2023 is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
	{"a date in English words", "published = September 27, 2023\n",
		`content/a.md:2:13: published: September 27, 2023 is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
	{"a month in words", "date = septembre 2023\n",
		`content/a.md:2:8: date: septembre 2023 is not written as a date is here (write it year first, in figures, between double quotes: date = "2023-09")`},
	{"a day that does not exist", "published = 2023-09-31\n",
		`content/a.md:2:13: published: 2023-09-31 is not a day of the calendar: September 2023 has 30 days (check the day and the month)`},
	{"a month without quotes", "date = 2023-09\n",
		`content/a.md:2:8: date: 2023-09 is not a day (a day is written YYYY-MM-DD; where a month will do, write it between double quotes: "2023-09")`},
	{"a list without brackets", "ignore = \"a\", \"b\"\n",
		`content/a.md:2:10: ignore: a list goes between square brackets (write: ignore = ["a", "b"])`},
	{"a list without brackets, ' quotes", "ignore = 'a', 'b', 'c'\n",
		`content/a.md:2:10: ignore: a list goes between square brackets (write: ignore = ['a', 'b', 'c'])`},
	{"a list without commas", "ignore = [\"a\" \"b\"]\n",
		`content/a.md:2:15: ignore: the items of a list are separated by commas (write: ignore = ["a", "b"])`},
	{"a list never closed", "ignore = [\"a\", \"b\"\npublished = 2023-09-27\n",
		`content/a.md:2:10: ignore: the list has no closing ] (end it with ]: ignore = ["a", "b"])`},
	{"a list never closed at the end of the file", "ignore = [\"a\", \"b\"",
		`content/a.md:2:10: ignore: the list has no closing ] (end it with ]: ignore = ["a", "b"])`},
	{"a colon for =", "title: \"Il a dit non\"\n",
		`content/a.md:2:6: title: a key and its value are joined by =, not : (write: title = "Il a dit non")`},
	{"typographic quotes", "title = “Il a dit non”\n",
		`content/a.md:2:9: title: text goes between straight double quotes ", not between “ ” (write: title = "Il a dit non")`},
	{"French quotes", "title = « Il a dit non »\n",
		`content/a.md:2:9: title: text goes between straight double quotes ", not between « » (write: title = "Il a dit non")`},
	{"a backslash", "title = \"C:\\dossier\"\n",
		`content/a.md:2:10: title: \d is not something a text between double quotes may hold, as \ starts an escape there (write \\ for a backslash, or put the text between ' quotes: title = 'C:\dossier')`},
	{"a backslash at the end of a line", "title = \"Il a dit \\\n\"\n",
		`content/a.md:2:19: title: a \ ends the line, inside a text between double quotes (remove it, or, for a text over several lines, open and close it with """)`},
	{"a key given twice", "title = \"A\"\nsource = \"AFP\"\ntitle = \"B\"\n",
		`content/a.md:4:9: title is given twice, here and on line 2 (keep one of the two lines)`},
	{"a text without quotes", "outlet = Le Monde\n",
		`content/a.md:2:10: outlet: the text Le Monde is not between quotes (write: outlet = "Le Monde"; a date is written YYYY-MM-DD, a number in figures, without quotes)`},
}
