package editor

import (
	"errors"

	"ningbomap/app/locale"
	"ningbomap/data"
)

// problemText is how a problem of the content checks reads next to a field of the form
// in language l. The checks word their problems in English; in the Chinese form the ones
// staff meet most (a language left empty, a required field, a story's length, a date's
// form) read in Chinese, and any other as the check wrote it.
func problemText(err error, l data.Lang) string {
	if l != data.Zh {
		return err.Error()
	}
	var (
		lang   *data.LangError
		length *data.LengthError
		format *data.FormatError
	)
	switch {
	case errors.As(err, &lang):
		switch lang.Langs {
		case "zh":
			return locale.T("edit.problem.missingZh")
		case "en":
			return locale.T("edit.problem.missingEn")
		}
		return locale.T("edit.problem.missingBoth")
	case errors.As(err, &length):
		key := "edit.problem.enLength"
		if length.Unit == "characters" {
			key = "edit.problem.zhLength"
		}
		return locale.TData(key, map[string]any{"N": length.N, "Min": length.Min, "Max": length.Max})
	case errors.As(err, &format) && format.Want == "YYYY-MM-DD":
		return locale.T("edit.problem.date")
	case err == data.ErrMissing:
		return locale.T("edit.problem.missing")
	}
	return err.Error()
}
