/* wl-token-minter: the "browser" of tests/wayland/activation.sh, a small Wayland client with one window.
 *
 *   wl-token-minter [--app-id ID] [--token-for APP_ID]
 *
 * It maps an xdg_toplevel (app id ID, default "token-minter"), which the compositor focuses like any new window,
 * and then reads stdin: each line "mint" prints one xdg-activation-v1 token on stdout, requested with its surface and
 * the serial of its last keyboard event, as a browser does before it runs the program a link belongs to; the token
 * names APP_ID (default ai.postpress.Checkpoint). End of input ends it.
 *
 * On stderr it logs what the test reads: "activated=1" and "activated=0" when its window gains or loses the
 * compositor's focus, "key" for every key press that reaches it (it has the keyboard), and "minted".
 */
#define _GNU_SOURCE
#include "xdg-activation-v1-client-protocol.h"
#include "xdg-shell-client-protocol.h"

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <wayland-client.h>

static struct wl_display *display;
static struct wl_compositor *compositor;
static struct wl_shm *shm;
static struct wl_seat *seat;
static struct wl_keyboard *keyboard;
static struct xdg_wm_base *wm_base;
static struct xdg_activation_v1 *activation;
static struct wl_surface *surface;
static int configured, activated, have_serial;
static uint32_t last_serial;
static char token[256];
static int token_done;
static const char *token_app_id = "ai.postpress.Checkpoint";

static void note(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void note(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fputs("[minter] ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
}

/* The keyboard: for the serial a token is requested with, and to show where typed keys land. */
static void keyboard_keymap(void *data, struct wl_keyboard *k, uint32_t format, int fd, uint32_t size)
{
    (void)data, (void)k, (void)format, (void)size;
    close(fd);
}
static void keyboard_enter(void *data, struct wl_keyboard *k, uint32_t serial, struct wl_surface *s,
                           struct wl_array *keys)
{
    (void)data, (void)k, (void)s, (void)keys;
    last_serial = serial;
    have_serial = 1;
    note("keyboard enter");
}
static void keyboard_leave(void *data, struct wl_keyboard *k, uint32_t serial, struct wl_surface *s)
{
    (void)data, (void)k, (void)serial, (void)s;
    note("keyboard leave");
}
static void keyboard_key(void *data, struct wl_keyboard *k, uint32_t serial, uint32_t time, uint32_t key,
                         uint32_t state)
{
    (void)data, (void)k, (void)time;
    last_serial = serial;
    have_serial = 1;
    if (state == WL_KEYBOARD_KEY_STATE_PRESSED)
        note("key %u", key);
}
static void keyboard_modifiers(void *data, struct wl_keyboard *k, uint32_t serial, uint32_t depressed, uint32_t latched,
                               uint32_t locked, uint32_t group)
{
    (void)data, (void)k, (void)serial, (void)depressed, (void)latched, (void)locked, (void)group;
}
static void keyboard_repeat(void *data, struct wl_keyboard *k, int32_t rate, int32_t delay)
{
    (void)data, (void)k, (void)rate, (void)delay;
}
static const struct wl_keyboard_listener keyboard_listener = {keyboard_keymap, keyboard_enter,     keyboard_leave,
                                                              keyboard_key,    keyboard_modifiers, keyboard_repeat};

static void seat_capabilities(void *data, struct wl_seat *s, uint32_t capabilities)
{
    (void)data;
    if ((capabilities & WL_SEAT_CAPABILITY_KEYBOARD) && !keyboard) {
        keyboard = wl_seat_get_keyboard(s);
        wl_keyboard_add_listener(keyboard, &keyboard_listener, NULL);
    }
}
static void seat_name(void *data, struct wl_seat *s, const char *name)
{
    (void)data, (void)s, (void)name;
}
static const struct wl_seat_listener seat_listener = {seat_capabilities, seat_name};

static void wm_base_ping(void *data, struct xdg_wm_base *base, uint32_t serial)
{
    (void)data;
    xdg_wm_base_pong(base, serial);
}
static const struct xdg_wm_base_listener wm_base_listener = {wm_base_ping};

static void registry_global(void *data, struct wl_registry *registry, uint32_t name, const char *interface,
                            uint32_t version)
{
    (void)data;
    if (!strcmp(interface, wl_compositor_interface.name)) {
        compositor = wl_registry_bind(registry, name, &wl_compositor_interface, 4);
    } else if (!strcmp(interface, wl_shm_interface.name)) {
        shm = wl_registry_bind(registry, name, &wl_shm_interface, 1);
    } else if (!strcmp(interface, wl_seat_interface.name) && !seat) {
        seat = wl_registry_bind(registry, name, &wl_seat_interface, version < 5 ? version : 5);
        wl_seat_add_listener(seat, &seat_listener, NULL);
    } else if (!strcmp(interface, xdg_wm_base_interface.name)) {
        wm_base = wl_registry_bind(registry, name, &xdg_wm_base_interface, 1);
        xdg_wm_base_add_listener(wm_base, &wm_base_listener, NULL);
    } else if (!strcmp(interface, xdg_activation_v1_interface.name)) {
        activation = wl_registry_bind(registry, name, &xdg_activation_v1_interface, 1);
    }
}
static void registry_global_remove(void *data, struct wl_registry *registry, uint32_t name)
{
    (void)data, (void)registry, (void)name;
}
static const struct wl_registry_listener registry_listener = {registry_global, registry_global_remove};

/* A plain blue buffer: a surface needs one to be mapped. */
static struct wl_buffer *blue_buffer(int width, int height)
{
    const int stride = width * 4, size = stride * height;
    const int fd = memfd_create("minter-buffer", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, size) < 0) {
        perror("memfd");
        exit(2);
    }
    uint32_t *pixels = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (pixels == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    for (int i = 0; i < width * height; i++)
        pixels[i] = 0xff3070c0;
    munmap(pixels, (size_t)size);
    struct wl_shm_pool *pool = wl_shm_create_pool(shm, fd, size);
    struct wl_buffer *buffer = wl_shm_pool_create_buffer(pool, 0, width, height, stride, WL_SHM_FORMAT_XRGB8888);
    wl_shm_pool_destroy(pool);
    close(fd);
    return buffer;
}

static void surface_configure(void *data, struct xdg_surface *xdg, uint32_t serial)
{
    (void)data;
    xdg_surface_ack_configure(xdg, serial);
    if (!configured) {
        configured = 1;
        wl_surface_attach(surface, blue_buffer(320, 200), 0, 0);
    }
    wl_surface_commit(surface);
}
static const struct xdg_surface_listener surface_listener = {surface_configure};

static void toplevel_configure(void *data, struct xdg_toplevel *toplevel, int32_t width, int32_t height,
                               struct wl_array *states)
{
    (void)data, (void)toplevel, (void)width, (void)height;
    int now = 0;
    uint32_t *state;
    wl_array_for_each(state, states) if (*state == XDG_TOPLEVEL_STATE_ACTIVATED) now = 1;
    if (now != activated)
        note("activated=%d", now);
    activated = now;
}
static void toplevel_close(void *data, struct xdg_toplevel *toplevel)
{
    (void)data, (void)toplevel;
    exit(0);
}
static const struct xdg_toplevel_listener toplevel_listener = {.configure = toplevel_configure,
                                                               .close = toplevel_close};

static void token_received(void *data, struct xdg_activation_token_v1 *t, const char *value)
{
    (void)data, (void)t;
    snprintf(token, sizeof token, "%s", value);
    token_done = 1;
}
static const struct xdg_activation_token_v1_listener token_listener = {token_received};

/* A token for "the focused client launched this", as a browser asks for one. */
static void mint(void)
{
    struct xdg_activation_token_v1 *request = xdg_activation_v1_get_activation_token(activation);
    xdg_activation_token_v1_add_listener(request, &token_listener, NULL);
    if (have_serial && seat)
        xdg_activation_token_v1_set_serial(request, last_serial, seat);
    xdg_activation_token_v1_set_surface(request, surface);
    xdg_activation_token_v1_set_app_id(request, token_app_id);
    xdg_activation_token_v1_commit(request);
    token_done = 0;
    while (!token_done && wl_display_dispatch(display) >= 0) { }
    xdg_activation_token_v1_destroy(request);
    note("minted (serial %s, activated=%d)", have_serial ? "set" : "unset", activated);
    printf("%s\n", token);
    fflush(stdout);
}

static void map_window(const char *app_id)
{
    surface = wl_compositor_create_surface(compositor);
    struct xdg_surface *xdg = xdg_wm_base_get_xdg_surface(wm_base, surface);
    xdg_surface_add_listener(xdg, &surface_listener, NULL);
    struct xdg_toplevel *toplevel = xdg_surface_get_toplevel(xdg);
    xdg_toplevel_add_listener(toplevel, &toplevel_listener, NULL);
    xdg_toplevel_set_app_id(toplevel, app_id);
    xdg_toplevel_set_title(toplevel, app_id);
    wl_surface_commit(surface);
}

/* One line of stdin; returns 0 at its end. */
static int serve_stdin(void)
{
    static char line[64];
    static size_t length;
    char c;
    if (read(0, &c, 1) <= 0)
        return 0;
    if (c != '\n') {
        if (length < sizeof line - 1)
            line[length++] = c;
        return 1;
    }
    line[length] = 0;
    length = 0;
    if (!strcmp(line, "mint"))
        mint();
    return 1;
}

int main(int argc, char **argv)
{
    const char *app_id = "token-minter";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--app-id") && i + 1 < argc) {
            app_id = argv[++i];
        } else if (!strcmp(argv[i], "--token-for") && i + 1 < argc) {
            token_app_id = argv[++i];
        } else {
            fprintf(stderr, "usage: %s [--app-id ID] [--token-for APP_ID]\n", argv[0]);
            return 2;
        }
    }
    display = wl_display_connect(NULL);
    if (!display) {
        fprintf(stderr, "wl-token-minter: cannot connect to the Wayland display\n");
        return 1;
    }
    wl_registry_add_listener(wl_display_get_registry(display), &registry_listener, NULL);
    wl_display_roundtrip(display);
    wl_display_roundtrip(display);
    if (!compositor || !shm || !wm_base || !activation) {
        fprintf(stderr,
                "wl-token-minter: the compositor lacks wl_compositor, wl_shm, xdg_wm_base or "
                "xdg_activation_v1\n");
        return 3;
    }
    map_window(app_id);
    note("ready");
    struct pollfd fds[2] = {{wl_display_get_fd(display), POLLIN, 0}, {0, POLLIN, 0}};
    for (;;) {
        while (wl_display_prepare_read(display) != 0)
            wl_display_dispatch_pending(display);
        wl_display_flush(display);
        if (poll(fds, 2, -1) < 0) {
            wl_display_cancel_read(display);
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (fds[0].revents & POLLIN)
            wl_display_read_events(display);
        else
            wl_display_cancel_read(display);
        if (wl_display_dispatch_pending(display) < 0 || (fds[0].revents & (POLLERR | POLLHUP))) {
            fprintf(stderr, "wl-token-minter: lost the display\n");
            return 1;
        }
        if ((fds[1].revents & (POLLIN | POLLHUP)) && !serve_stdin())
            return 0;
    }
}
