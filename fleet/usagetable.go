package fleet

import (
	"encoding/csv"
	"fmt"
	"io"

	"ningbomap/usage"
)

// Name fills in each row's place name (Row.Name) with name, which may be nil.
func (u *Usage) Name(name func(id string) string) {
	if name == nil {
		return
	}
	fill := func(rows []usage.Row) {
		for i := range rows {
			rows[i].Name = name(rows[i].Place)
		}
	}
	fill(u.Places)
	for _, k := range u.Kiosks {
		fill(k.Places)
	}
}

// WriteTable prints the counts per place over all kiosks, then per kiosk,
// each with its total line.
func (u Usage) WriteTable(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "All %d kiosks, per place:\n", len(u.Kiosks)); err != nil {
		return err
	}
	if err := usage.WriteTable(w, u.Places); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nPer kiosk:")
	rows := make([]usage.Row, len(u.Kiosks))
	for i, k := range u.Kiosks {
		rows[i] = k.Total
		rows[i].Place = k.Kiosk
	}
	return usage.WriteTableOf(w, "kiosk", rows)
}

// WriteCSV writes the counts for a spreadsheet, one line per kiosk and
// place, then each kiosk's total (place "total"), then every place over all
// kiosks (kiosk "all") and the grand total ("all", "total"):
//
//	kiosk,place,opens,dwell_seconds,dwells,average_seconds,tours,name
//	hall-a-1,tengtou,12,408.2,12,34,0,滕头村
func (u Usage) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(append([]string{"kiosk"}, usage.CSVHeader...))
	for _, k := range u.Kiosks {
		for _, r := range k.Places {
			cw.Write(append([]string{k.Kiosk}, r.CSVFields()...))
		}
		cw.Write(append([]string{k.Kiosk}, k.Total.CSVFields()...))
	}
	for _, r := range u.Places {
		cw.Write(append([]string{"all"}, r.CSVFields()...))
	}
	cw.Write(append([]string{"all"}, u.Total.CSVFields()...))
	cw.Flush()
	return cw.Error()
}
