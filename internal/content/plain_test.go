package content

import "testing"

func TestPlain(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"Le 20 septembre, l'armée a attaqué.\n\nElle a reculé.\n", true},
		{"« Nous sommes unis », a-t-il dit.\n© Sputnik\n2023 a été une année de guerre.\n", true},
		{"(AFP) Le texte.\n\"Citation\" dit-il.\n   \n\t\nFin.", true},
		{"1. Un point.\n", false},                 // an ordered list
		{"2023) Un point.\n", false},              // an ordered list too
		{"- Un point.\n", false},                  // a bullet list
		{"# Titre\n", false},                      // a heading
		{"Titre\n===\n", false},                   // an underlined heading
		{"> cité\n", false},                       // a quotation
		{"    code\n", false},                     // indented code
		{"Un *texte*.\n", false},                  // emphasis
		{"Un lien [ici](https://x.fr).\n", false}, // a link
		{"Fin &lt;.\n", false},                    // an entity
		{"Un <b>gras</b>.\n", false},              // raw HTML
		{"Fin\\\nsuite\n", false},                 // an escaped line end
		{"Un `code`.\n", false},                   // a code span
		{"<div>bloc</div>\n", false},              // an HTML block
		{"---\n", false},                          // a rule
		{"Un\x00nul.\n", false},                   // a NUL the parser replaces
	}
	for _, tt := range tests {
		if got := plain(tt.body); got != tt.want {
			t.Errorf("plain(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}
