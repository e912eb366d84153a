"""Zero-shot forecasts of store-item sales with Chronos, compared with seasonal naive.

Every series is cut 28 days before the end of train.csv; Chronos sees only the history
before the cut (context) and forecasts the next 28 days, which are then scored.
"""
import numpy as np
import pandas as pd
import torch
from chronos import ChronosPipeline

HORIZON = 28
CONTEXT = 512

pipeline = ChronosPipeline.from_pretrained(
    "amazon/chronos-t5-small",
    device_map="cuda" if torch.cuda.is_available() else "cpu",
    torch_dtype=torch.bfloat16,
)

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
for frame in (train, test):
    frame["series"] = frame["store_id"].astype(str) + "_" + frame["item_id"].astype(str)
train = train.sort_values(["series", "date"])

names, histories, actuals = [], [], []
for name, grp in train.groupby("series"):
    y = grp.set_index("date")["sales"].asfreq("D").fillna(0).to_numpy(dtype=np.float32)
    names.append(name)
    histories.append(y[:-HORIZON])
    actuals.append(y[-HORIZON:])


def chronos_median(contexts, batch_size=32):
    medians = []
    for i in range(0, len(contexts), batch_size):
        batch = [torch.tensor(c[-CONTEXT:]) for c in contexts[i:i + batch_size]]
        samples = pipeline.predict(batch, prediction_length=HORIZON, num_samples=20)
        medians.append(np.quantile(samples.numpy(), 0.5, axis=1))
    return np.concatenate(medians)


def seasonal_naive(history, season=7):
    last = history[-season:]
    reps = int(np.ceil(HORIZON / season))
    return np.tile(last, reps)[:HORIZON]


def mase(actual, pred, history, season=7):
    scale = np.mean(np.abs(history[season:] - history[:-season]))
    return np.mean(np.abs(actual - pred)) / max(scale, 1e-8)


chronos_pred = chronos_median(histories)
naive_pred = np.stack([seasonal_naive(h) for h in histories])
actual = np.stack(actuals)

rows = []
for i, name in enumerate(names):
    rows.append({
        "series": name,
        "mae_chronos": np.abs(actual[i] - chronos_pred[i]).mean(),
        "mae_naive": np.abs(actual[i] - naive_pred[i]).mean(),
        "mase_chronos": mase(actual[i], chronos_pred[i], histories[i]),
        "mase_naive": mase(actual[i], naive_pred[i], histories[i]),
    })
report = pd.DataFrame(rows)
print(report.drop(columns="series").mean().round(3))
wape_c = np.abs(actual - chronos_pred).sum() / actual.sum()
wape_n = np.abs(actual - naive_pred).sum() / actual.sum()
print(f"WAPE chronos {wape_c:.3%} | seasonal naive {wape_n:.3%}")

# submission: context = full history of each series
full_hist = [np.concatenate([h, a]) for h, a in zip(histories, actuals)]
future = chronos_median(full_hist)
pred_long = pd.DataFrame({
    "series": np.repeat(names, HORIZON),
    "step": np.tile(np.arange(HORIZON), len(names)),
    "prediction": np.clip(future.ravel(), 0, None),
})
test = test.sort_values(["series", "date"])
test["step"] = test.groupby("series").cumcount()
sub = test.merge(pred_long, on=["series", "step"], how="left")
sub[["id", "prediction"]].to_csv("predictions.csv", index=False)
