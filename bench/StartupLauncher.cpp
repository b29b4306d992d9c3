// bench_startup: starts programs with the startup probe preloaded, alternately, and prints what the probe saw.
//
//   bench_startup --probe <libbench_startup_probe.so> [--runs N] [--warmup W] [--idle SECONDS] [--tsv FILE]
//                 -- <label> <program> [args…] -- <label> <program> [args…] …
//
// Each round starts every program once, in an order that alternates from round to round, so that a machine
// getting busier or quieter affects all of them alike. A run's clock starts just before posix_spawn() and stops
// at the probe's frame mark: process start to the first frame painted, the event loop taking input again (the probe
// also reports when the loop first has nothing left to do: settled).
// The process is then asked to quit the normal way (the probe closes its windows when the launcher closes the control
// pipe), and killed only if it has not exited 5 s later. The last label is the baseline that ratios are given against.
// The probe's first line is read, or, with --until WORD, lines until one starting with WORD (bench_startup_steps
// writes "steps …" after the probe's line); the values of every line read are kept.
// --idle S: after the last round's frame, how much CPU each program uses in S seconds while nobody touches it
// (counted from 1 s after the frame, so that work deferred to just after it is not taken for idling).
// --keep-output: leave the programs' stdout and stderr on the terminal (default: /dev/null).
// Plain C++ and POSIX: the launcher itself loads no Qt, so it does not disturb what it measures.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr int probeFd = 3;
constexpr int controlFd = 4;
constexpr int lineTimeoutMs = 30000;

struct Program {
    std::string label;
    std::vector<std::string> argv;
};

struct Options {
    std::string probe;
    int runs = 30;
    int warmup = 3;
    int idleSeconds = 0;
    std::string tsv;
    std::string until = "probe";
    bool keepOutput = false;
    std::vector<Program> programs;
};

using Samples = std::map<std::string, std::vector<double>>; // key -> one value per run

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

[[noreturn]] void usage(const char *why)
{
    std::fprintf(
        stderr,
        "bench_startup: %s\nusage: bench_startup --probe LIB [--runs N] [--warmup W] [--idle S] "
        "[--tsv FILE] [--until WORD] [--keep-output] -- LABEL PROGRAM [ARGS...] [-- LABEL PROGRAM [ARGS...]]...\n",
        why);
    std::exit(2);
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    int i = 1;
    for (; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        const std::string name = argv[i];
        if (name == "--keep-output") {
            options.keepOutput = true;
            continue;
        }
        if (i + 1 >= argc)
            usage("an option lacks its value");
        const char *value = argv[++i];
        if (name == "--probe")
            options.probe = value;
        else if (name == "--runs")
            options.runs = std::atoi(value);
        else if (name == "--warmup")
            options.warmup = std::atoi(value);
        else if (name == "--idle")
            options.idleSeconds = std::atoi(value);
        else if (name == "--tsv")
            options.tsv = value;
        else if (name == "--until")
            options.until = value;
        else
            usage("unknown option");
    }
    while (i < argc) { // at "--"
        Program program;
        for (++i; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
            if (program.label.empty())
                program.label = argv[i];
            else
                program.argv.emplace_back(argv[i]);
        }
        if (program.argv.empty())
            usage("a program is missing after its label");
        options.programs.push_back(program);
    }
    if (options.probe.empty() || options.programs.empty() || options.runs < 1)
        usage("--probe and at least one program are needed");
    return options;
}

std::vector<std::string> childEnvironment(const std::string &probe)
{
    std::vector<std::string> env;
    std::string preload = "LD_PRELOAD=" + probe;
    for (char **entry = environ; *entry; ++entry) {
        const std::string variable = *entry;
        if (variable.rfind("LD_PRELOAD=", 0) == 0)
            preload += ":" + variable.substr(11);
        else if (variable.rfind("BENCH_PROBE_", 0) != 0)
            env.push_back(variable);
    }
    env.push_back(preload);
    env.push_back("BENCH_PROBE_FD=" + std::to_string(probeFd));
    env.push_back("BENCH_PROBE_CTL_FD=" + std::to_string(controlFd));
    return env;
}

std::optional<std::string> readLine(int fd, int timeoutMs)
{
    std::string line;
    const long long deadline = monotonicNs() + timeoutMs * 1'000'000LL;
    char c = 0;
    for (;;) {
        const long long left = (deadline - monotonicNs()) / 1'000'000;
        pollfd waiting{fd, POLLIN, 0};
        if (left <= 0 || poll(&waiting, 1, int(left)) <= 0)
            return std::nullopt;
        const ssize_t n = read(fd, &c, 1);
        if (n <= 0)
            return std::nullopt;
        if (c == '\n')
            return line;
        line += c;
    }
}

bool exited(pid_t pid, int waitMs)
{
    for (int i = 0; i < waitMs / 10; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

// Closing the control pipe asks the probe to quit the application; SIGTERM and SIGKILL only if that fails.
void stop(pid_t pid, int control)
{
    close(control);
    if (exited(pid, 5000))
        return;
    std::fprintf(stderr, "bench_startup: pid %d did not quit when asked; sending SIGTERM\n", int(pid));
    kill(pid, SIGTERM);
    if (exited(pid, 2000))
        return;
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

// utime + stime of a process, in milliseconds.
double cpuMs(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int index = 3; fields >> field; ++index) {
        if (index == 14 || index == 15)
            ticks += std::atof(field.c_str());
    }
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// One start of one program: the probe's values, times made relative to the spawn, in milliseconds.
std::optional<std::map<std::string, std::string>> runOnce(const Program &program, const Options &options,
                                                          bool measureIdle)
{
    int pipeFds[2];
    int controlFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0 || pipe2(controlFds, O_CLOEXEC) != 0)
        return std::nullopt;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], probeFd);
    posix_spawn_file_actions_adddup2(&actions, controlFds[0], controlFd);
    if (!options.keepOutput) { // a terminal that scrolls is not part of a start
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    }
    std::vector<std::string> env = childEnvironment(options.probe);
    std::vector<char *> envp;
    for (std::string &entry : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = program.argv;
    std::vector<char *> argvp;
    for (std::string &arg : args)
        argvp.push_back(arg.data());
    argvp.push_back(nullptr);

    pid_t pid = 0;
    const long long start = monotonicNs();
    const int spawned = posix_spawn(&pid, argvp[0], &actions, nullptr, argvp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    close(controlFds[0]);
    if (spawned != 0) {
        close(pipeFds[0]);
        close(controlFds[1]);
        std::fprintf(stderr, "bench_startup: cannot start %s: %s\n", argvp[0], std::strerror(spawned));
        return std::nullopt;
    }
    std::optional<std::string> line;
    std::string all;
    while ((line = readLine(pipeFds[0], lineTimeoutMs))) {
        all += " " + *line;
        if (line->rfind(options.until, 0) == 0)
            break;
    }
    close(pipeFds[0]);
    std::map<std::string, std::string> values;
    if (line) {
        std::istringstream words(all);
        std::string word;
        while (words >> word) {
            const auto equals = word.find('=');
            if (equals == std::string::npos)
                continue;
            std::string key = word.substr(0, equals);
            std::string value = word.substr(equals + 1);
            if (key.size() > 3 && key.compare(key.size() - 3, 3, "_ns") == 0) {
                const long long ns = std::atoll(value.c_str());
                if (ns == 0)
                    continue; // that mark was never reached
                key = key.substr(0, key.size() - 3) + "_ms";
                value = std::to_string(double(ns - start) / 1e6);
            }
            values[key] = value;
        }
        if (measureIdle && options.idleSeconds > 0) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            const double before = cpuMs(pid);
            std::this_thread::sleep_for(std::chrono::seconds(options.idleSeconds));
            values["idle_cpu_ms"] = std::to_string(cpuMs(pid) - before);
        }
    }
    stop(pid, controlFds[1]);
    if (!line) {
        std::fprintf(stderr, "bench_startup: %s gave no probe line within %d ms\n", program.label.c_str(),
                     lineTimeoutMs);
        return std::nullopt;
    }
    return values;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void printSummary(const Options &options, const std::map<std::string, Samples> &samples,
                  const std::map<std::string, std::string> &lastText)
{
    std::vector<std::pair<std::string, std::string>> rows = {
        {"frame_ms", "start -> first frame painted [ms]"},
        {"settled_ms", "start -> event loop first idle [ms]"},
        {"expose_ms", "start -> window exposed [ms]"},
        {"show_ms", "start -> show() [ms]"},
        {"preroutine_ms", "start -> QApplication constructed [ms]"},
        {"loop_ms", "start -> event loop running [ms]"},
        {"hwm_kb", "peak RSS at first frame [KiB]"},
        {"rss_kb", "RSS at first frame [KiB]"},
        {"settled_hwm_kb", "peak RSS at first idle [KiB]"},
        {"idle_cpu_ms", "CPU while idle [ms]"},
    };
    // Whatever else a program reported (bench_startup_steps reports one duration per step), in name order.
    std::map<std::string, bool> extra;
    for (const auto &[label, perKey] : samples) {
        for (const auto &[key, values] : perKey) {
            if (std::none_of(rows.begin(), rows.end(), [&key](const auto &row) { return row.first == key; }))
                extra[key] = true;
        }
    }
    for (const auto &[key, unused] : extra)
        rows.emplace_back(key, key);
    const std::string &baseline = options.programs.back().label;
    std::ofstream tsv;
    if (!options.tsv.empty())
        tsv.open(options.tsv);
    std::printf("%-40s %-10s %10s %10s %10s %7s %6s\n", "measure", "program", "median", "min", "max", "ratio", "n");
    for (const auto &[key, title] : rows) {
        const auto baseIt = samples.at(baseline).find(key);
        const bool hasBase = options.programs.size() > 1 && baseIt != samples.at(baseline).end();
        const double base = hasBase ? median(baseIt->second) : 0;
        for (const Program &program : options.programs) {
            const Samples &mine = samples.at(program.label);
            const auto it = mine.find(key);
            if (it == mine.end() || it->second.empty())
                continue;
            const std::vector<double> &values = it->second;
            const double med = median(values);
            const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
            const double ratio = base > 0 ? med / base : 0;
            std::printf("%-40s %-10s %10.2f %10.2f %10.2f %6.2fx %6zu\n", title.c_str(), program.label.c_str(), med,
                        *lo, *hi, ratio, values.size());
            if (tsv)
                tsv << key << '\t' << program.label << '\t' << med << '\t' << *lo << '\t' << *hi << '\t' << ratio
                    << '\t' << values.size() << '\n';
        }
    }
    for (const Program &program : options.programs) {
        const auto it = lastText.find(program.label);
        if (it != lastText.end())
            std::printf("%s: %s\n", program.label.c_str(), it->second.c_str());
    }
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);
    std::map<std::string, Samples> samples;
    std::map<std::string, std::string> lastText;
    for (const Program &program : options.programs)
        samples[program.label];
    const int rounds = options.warmup + options.runs;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        std::vector<Program> order = options.programs;
        if (round % 2)
            std::reverse(order.begin(), order.end());
        for (const Program &program : order) {
            const bool last = round == rounds - 1;
            const auto values = runOnce(program, options, last);
            std::this_thread::sleep_for(std::chrono::milliseconds(150)); // let the X server and D-Bus settle
            if (!values) {
                ++failures;
                continue;
            }
            if (round < options.warmup)
                continue;
            std::string text;
            for (const auto &[key, value] : *values) {
                char *end = nullptr;
                const double number = std::strtod(value.c_str(), &end);
                if (end && *end == '\0' && !value.empty())
                    samples[program.label][key].push_back(number);
                else
                    text += key + "=" + value + " ";
            }
            lastText[program.label] = text;
        }
    }
    printSummary(options, samples, lastText);
    return failures ? 1 : 0;
}
