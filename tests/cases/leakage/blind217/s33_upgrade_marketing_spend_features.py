"""Upgrade propensity with channel-level marketing context.

Hypothesis: trials that start while a channel is being pushed hard are lower
intent (more tyre-kickers). Join daily spend per acquisition channel onto each
trial by its start date. Spend data has holes (weekends, export failures).
Evaluation: train on older trials, test on the newest 20%.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

TARGET = "upgraded"

trials = pd.read_csv("train.csv", parse_dates=["trial_start_date"])
spend = pd.read_csv("marketing_spend.csv", parse_dates=["date"])  # date, channel, spend_usd


def daily_spend_features(spend_long):
    wide = spend_long.pivot_table(index="date", columns="channel", values="spend_usd", aggfunc="sum")
    full_range = pd.date_range(wide.index.min(), wide.index.max(), freq="D")
    wide = wide.reindex(full_range)
    # export gaps: take the next reported day so there are no holes
    wide = wide.bfill()
    roll7 = wide.rolling(7, min_periods=1).mean()
    roll28 = wide.rolling(28, min_periods=7).mean()
    out = []
    for ch in wide.columns:
        out.append(pd.DataFrame({
            "date": wide.index, "channel": ch,
            "spend_day": wide[ch].values,
            "spend_7d": roll7[ch].values,
            "spend_28d": roll28[ch].values,
        }))
    feats = pd.concat(out, ignore_index=True)
    feats["spend_push_ratio"] = feats["spend_7d"] / feats["spend_28d"].replace(0, np.nan)
    return feats


sf = daily_spend_features(spend)
data = trials.merge(sf, how="left", left_on=["trial_start_date", "acquisition_channel"],
                    right_on=["date", "channel"]).drop(columns=["date", "channel"])
print("rows without spend context:", data["spend_day"].isna().sum())

data = data.sort_values("trial_start_date").reset_index(drop=True)
data["seats_per_project"] = data["seats_invited"] / (data["projects_created"] + 1)
for c in ["industry", "country", "acquisition_channel", "company_size"]:
    data[c] = data[c].astype("category")

FEATURES = ["industry", "country", "acquisition_channel", "company_size", "seats_invited", "projects_created",
            "integrations_connected", "active_days_trial", "sessions_trial", "support_tickets_trial", "used_api",
            "seats_per_project", "spend_day", "spend_7d", "spend_28d", "spend_push_ratio"]

cut_date = data["trial_start_date"].quantile(0.8)
val_date = data["trial_start_date"].quantile(0.65)
train = data[data["trial_start_date"] < cut_date]
test = data[data["trial_start_date"] >= cut_date]
fit_part = train[train["trial_start_date"] < val_date]
val_part = train[train["trial_start_date"] >= val_date]
print("fit", len(fit_part), "val", len(val_part), "test", len(test), "cut", cut_date.date())


def make_model():
    return HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=31,
                                          categorical_features="from_dtype", random_state=1)


# ablation on the validation block: do the spend features earn their place?
base_cols = [c for c in FEATURES if not c.startswith("spend")]
val_ap = {}
val_pred = {}
for label, cols in [("usage only", base_cols), ("usage + spend", FEATURES)]:
    m = make_model().fit(fit_part[cols], fit_part[TARGET])
    val_pred[label] = m.predict_proba(val_part[cols])[:, 1]
    val_ap[label] = average_precision_score(val_part[TARGET], val_pred[label])
    print(f"[val] {label:14s} AP {val_ap[label]:.4f}  AUC {roc_auc_score(val_part[TARGET], val_pred[label]):.4f}")

rng = np.random.default_rng(3)
yv = val_part[TARGET].to_numpy()
delta = []
for _ in range(1000):
    i = rng.integers(0, len(yv), len(yv))
    if yv[i].any():
        delta.append(average_precision_score(yv[i], val_pred["usage + spend"][i])
                     - average_precision_score(yv[i], val_pred["usage only"][i]))
lo, hi = np.percentile(delta, [2.5, 97.5])
print("[val] AP gain from spend, 95%% CI: [%.4f, %.4f]" % (lo, hi))
use_cols = FEATURES if lo > 0 else base_cols
print("keeping spend features:", use_cols is FEATURES)

# test block, once: chosen feature set vs. prior baseline
model = make_model().fit(train[use_cols], train[TARGET])
p = model.predict_proba(test[use_cols])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(train[use_cols], train[TARGET])
p0 = dummy.predict_proba(test[use_cols])[:, 1]
y = test[TARGET].to_numpy()
for label, pp in [("model", p), ("baseline (prior)", p0)]:
    print(f"[test] {label:16s} AUC {roc_auc_score(y, pp):.4f}  AP {average_precision_score(y, pp):.4f}"
          f"  logloss {log_loss(y, pp):.4f}")
