import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
WEEK = task["time_column"]

panel = pd.read_csv("train.csv", parse_dates=[WEEK])
print(panel[[WEEK, "sku"]].describe(include="all"))

# ------------------------------------------------------------------
# lag table: previous week's sales / stock for the same SKU, joined on (sku, week)
lag_cols = ["units_sold", "on_hand_units", "open_po_units", "stocked_out_this_week"]
lag1 = panel[["sku", WEEK] + lag_cols].copy()
lag1[WEEK] = lag1[WEEK] + pd.Timedelta(weeks=1)
lag1 = lag1.rename(columns={c: f"prev_{c}" for c in lag_cols})

lag2 = panel[["sku", WEEK, "units_sold"]].copy()
lag2[WEEK] = lag2[WEEK] + pd.Timedelta(weeks=2)
lag2 = lag2.rename(columns={"units_sold": "prev2_units_sold"})

panel = (
    panel.merge(lag1, on=["sku", WEEK], how="left")
         .merge(lag2, on=["sku", WEEK], how="left")
)
panel["sales_trend"] = panel["prev_units_sold"] - panel["prev2_units_sold"]
panel["stock_change"] = panel["on_hand_units"] - panel["prev_on_hand_units"]
panel["cover"] = panel["on_hand_units"] / panel["units_sold"].clip(lower=1)
panel["cover_vs_lead"] = panel["cover"] - panel["lead_time_days"] / 7
panel = panel.dropna(subset=["prev_units_sold", "prev2_units_sold"]).sort_values(WEEK).reset_index(drop=True)

X_COLS = ["on_hand_units", "units_sold", "open_po_units", "lead_time_days", "price", "promo_flag",
          "stocked_out_this_week", "prev_units_sold", "prev_on_hand_units", "prev_open_po_units",
          "prev_stocked_out_this_week", "prev2_units_sold", "sales_trend", "stock_change", "cover",
          "cover_vs_lead"]

# ------------------------------------------------------------------
# expanding-window CV over weeks, one-week gap
weeks = np.sort(panel[WEEK].unique())
tscv = TimeSeriesSplit(n_splits=6, test_size=4, gap=1)
fold_stats = []
for i, (w_tr, w_te) in enumerate(tscv.split(weeks)):
    tr = panel[panel[WEEK].isin(weeks[w_tr])]
    te = panel[panel[WEEK].isin(weeks[w_te])]
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
    clf.fit(tr[X_COLS], tr[TARGET])
    base = DummyClassifier(strategy="prior").fit(tr[X_COLS], tr[TARGET])
    p = clf.predict_proba(te[X_COLS])[:, 1]
    pb = base.predict_proba(te[X_COLS])[:, 1]
    fold_stats.append((i, str(weeks[w_te][0])[:10], roc_auc_score(te[TARGET], p),
                       log_loss(te[TARGET], p), log_loss(te[TARGET], pb)))

stats = pd.DataFrame(fold_stats, columns=["fold", "first_test_week", "auc", "logloss", "logloss_baseline"])
print(stats.round(4).to_string(index=False))
print("mean AUC %.3f | logloss %.4f vs baseline %.4f" % (
    stats["auc"].mean(), stats["logloss"].mean(), stats["logloss_baseline"].mean()))
