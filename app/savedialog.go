package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/atomicfile"
	"ningbomap/edit"
)

// chooseOutput asks where to write a file — a folder, then its name, name offered —
// without opening the file chosen: Fyne's save dialog opens it for writing, emptying it
// (through a link, its target) before it calls back, which would destroy an input chosen
// by mistake. The path reaches save only once atomicfile.CheckOutput has passed it
// against everything the window reads (inputs), and, for an existing file, once the
// person confirmed; save then writes it whole (atomicfile), keeping its mode.
func (ui *mainUI) chooseOutput(name string, save func(path string)) {
	if ui.win == nil {
		return
	}
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			ui.notices.problems.Show(err)
			return
		}
		if dir == nil {
			return
		}
		entry := widget.NewEntry()
		entry.SetText(name)
		items := []*widget.FormItem{widget.NewFormItem(locale.T("save.name"), entry)}
		dialog.ShowForm(dir.Path(), locale.T("save.ok"), locale.T("save.cancel"), items, func(ok bool) {
			if !ok {
				return
			}
			path, err := outputPath(dir.Path(), entry.Text, ui.inputs())
			if err != nil {
				ui.notices.problems.Show(err)
				return
			}
			if _, err := os.Lstat(path); err != nil {
				save(path)
				return
			}
			dialog.ShowConfirm(locale.T("save.replace.title"), locale.TData("save.replace", map[string]any{"Name": filepath.Base(path)}),
				func(yes bool) {
					if yes {
						save(path)
					}
				}, ui.win)
		}, ui.win)
	}, ui.win)
}

// outputPath is the file name typed in folder dir, checked against the inputs
// (atomicfile.CheckOutput).
func outputPath(dir, name string, inputs []string) (string, error) {
	name = filepath.Base(strings.TrimSpace(name))
	if name == "." || name == string(filepath.Separator) {
		return "", errors.New("no file name")
	}
	path := filepath.Join(dir, name)
	return path, atomicfile.CheckOutput(path, inputs...)
}

// inputs are the files and folders the window reads: the data folder (the one edited,
// and the user's exhibition folder), the user layers' files and the tile basemap. An
// output may be none of them, nor lie inside one of the folders.
func (ui *mainUI) inputs() []string {
	in := []string{ui.editing.dir, edit.DefaultDir()}
	if ui.editing.ed != nil {
		in = append(in, ui.editing.ed.Dir())
	}
	for _, u := range ui.users.list {
		in = append(in, u.path)
	}
	if tb := ui.users.tiles; tb != nil {
		in = append(in, tb.Path())
	}
	return in
}
