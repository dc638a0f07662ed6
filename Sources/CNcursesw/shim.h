// The only place curses.h is included. SwiftPM drops pkg-config's -D flags, so the wide-character
// API is switched on here. Macros Swift cannot import are wrapped as static inline functions, and
// the mutable globals are reached through getters (Swift 6 rejects them as shared mutable state).
#ifndef SMPSCOPE_CNCURSESW_SHIM_H
#define SMPSCOPE_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <ncursesw/curses.h>
#include <wchar.h>

static inline WINDOW *smp_stdscr(void) { return stdscr; }
static inline int smp_lines(void) { return LINES; }
static inline int smp_cols(void) { return COLS; }
static inline int smp_colors(void) { return COLORS; }
static inline int smp_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t smp_a_normal(void) { return A_NORMAL; }
static inline attr_t smp_a_bold(void) { return A_BOLD; }
static inline attr_t smp_a_reverse(void) { return A_REVERSE; }
static inline attr_t smp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t smp_a_dim(void) { return A_DIM; }
static inline attr_t smp_color_pair(int n) { return COLOR_PAIR(n); }

static inline int smp_key_f(int n) { return KEY_F(n); }
static inline int smp_key_resize(void) { return KEY_RESIZE; }
static inline int smp_key_mouse(void) { return KEY_MOUSE; }
static inline int smp_key_btab(void) { return KEY_BTAB; }
static inline int smp_key_up(void) { return KEY_UP; }
static inline int smp_key_down(void) { return KEY_DOWN; }
static inline int smp_key_left(void) { return KEY_LEFT; }
static inline int smp_key_right(void) { return KEY_RIGHT; }
static inline int smp_key_ppage(void) { return KEY_PPAGE; }
static inline int smp_key_npage(void) { return KEY_NPAGE; }
static inline int smp_key_home(void) { return KEY_HOME; }
static inline int smp_key_end(void) { return KEY_END; }
static inline int smp_key_enter(void) { return KEY_ENTER; }
static inline int smp_key_backspace(void) { return KEY_BACKSPACE; }
static inline int smp_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t smp_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }

/// The size of the screen: rows and columns.
static inline void smp_getmaxyx(int *rows, int *cols) {
  int y, x;
  getmaxyx(stdscr, y, x);
  *rows = y;
  *cols = x;
}

/// The next key: returns OK (character), KEY_CODE_YES (function key) or ERR (timeout).
static inline int smp_get_wch(int *out) {
  wint_t w = 0;
  int r = get_wch(&w);
  *out = (int)w;
  return r;
}

/// The last mouse event's position and whether it is a button-1 click or press.
static inline int smp_getmouse(int *x, int *y) {
  MEVENT e;
  if (getmouse(&e) != OK) return 0;
  *x = e.x;
  *y = e.y;
  return (e.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) ? 1 : 0;
}

/// Writes `n` wide characters at (y, x) with the attributes and colour pair given.
static inline void smp_put(int y, int x, const wchar_t *s, int n, attr_t attrs, short pair) {
  attr_set(attrs, pair, NULL);
  mvaddnwstr(y, x, s, n);
}

#endif
