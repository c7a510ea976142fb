package budget_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"ningbomap/budget"
)

// table writes budget.All as the README's markdown table.
func table() string {
	var b strings.Builder
	b.WriteString("| budget | what it bounds | limit |\n|---|---|---|\n")
	for _, x := range budget.All {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", x.Name, x.What, x.Amount(x.Limit))
	}
	return b.String()
}

// TestREADME keeps the README's table of budgets the same as the code's.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := table(); !strings.Contains(string(readme), want) {
		t.Errorf("README.md lacks the table of budgets as the code has it:\n\n%s", want)
	}
}

func TestAmount(t *testing.T) {
	tests := []struct {
		b    budget.Budget
		n    int64
		want string
	}{
		{budget.PhotoFile, 50 << 20, "50 MB"},
		{budget.PhotoFile, 1572864, "1.5 MB"},
		{budget.PhotoFile, 812, "812 bytes"},
		{budget.PhotoPixels, 100_000_000, "100 megapixels"},
		{budget.PhotoPixels, 1_234_567, "1,234,567 pixels"},
		{budget.TileEntries, 67_108_863, "67,108,863"},
		{budget.Name, 200, "200 characters"},
		{budget.Query, budget.Query.Limit, "5s"},
	}
	for _, tc := range tests {
		if got := tc.b.Amount(tc.n); got != tc.want {
			t.Errorf("%s.Amount(%d) = %q, want %q", tc.b.Name, tc.n, got, tc.want)
		}
	}
	err := budget.PhotoFile.Check("a.jpg", 60<<20)
	if err == nil || err.Error() != "a.jpg: 60 MB is over the photo file budget of 50 MB" {
		t.Errorf("Check: %v", err)
	}
}
