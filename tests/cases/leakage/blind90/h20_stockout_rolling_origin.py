"""Stock-out next week: rolling-origin evaluation on unseen stores.

Each fold trains on every week before an origin for the "fit" stores and scores the
next 8 weeks for the "eval" stores only. Stores are assigned to the two pools once,
by id, so no store contributes rows to both sides of any fold.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "stockout_next_week"
df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values(["store_id", "item_id", "week_start"]).reset_index(drop=True)

df["cover"] = df["on_hand_units"] / df["units_sold_4w_avg"].clip(lower=0.1)
df["cover_with_po"] = (df["on_hand_units"] + df["open_po_units"]) / df["units_sold_4w_avg"].clip(lower=0.1)
df["slack_days"] = df["days_of_supply"] - df["lead_time_days"]
df["sales_accel"] = df["units_sold_last_week"] - df["units_sold_4w_avg"]
df["woy"] = df["week_start"].dt.isocalendar().week.astype(int)
df["dept_code"] = df["dept_id"].str.extract(r"(\d+)$").astype(float)

FEATURES = ["on_hand_units", "units_sold_last_week", "units_sold_4w_avg", "days_of_supply",
            "open_po_units", "lead_time_days", "sell_price", "promo_flag", "supplier_fill_rate",
            "cover", "cover_with_po", "slack_days", "sales_accel", "woy", "dept_code"]

stores = np.sort(df["store_id"].unique())
eval_pool = set(stores[::4])
fit_pool = set(stores) - eval_pool
print(f"{len(fit_pool)} fit stores, {len(eval_pool)} eval stores")

weeks = np.sort(df["week_start"].unique())
origins = weeks[-32::8]

rows = []
for origin in origins:
    horizon_end = origin + np.timedelta64(8 * 7, "D")
    tr = df[df["store_id"].isin(fit_pool) & (df["week_start"] < origin)]
    te = df[df["store_id"].isin(eval_pool) & (df["week_start"] >= origin) & (df["week_start"] < horizon_end)]
    if te[TARGET].nunique() < 2:
        continue
    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31,
                                           class_weight="balanced", random_state=0)
    model.fit(tr[FEATURES], tr[TARGET])
    prior = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
    p = model.predict_proba(te[FEATURES])[:, 1]
    p0 = prior.predict_proba(te[FEATURES])[:, 1]
    rows.append({
        "origin": pd.Timestamp(origin).date(),
        "n_test": len(te),
        "pos_rate": te[TARGET].mean(),
        "pr_auc_model": average_precision_score(te[TARGET], p),
        "pr_auc_prior": average_precision_score(te[TARGET], p0),
        "roc_auc_model": roc_auc_score(te[TARGET], p),
        "roc_auc_slack_rule": roc_auc_score(te[TARGET], -te["slack_days"]),
    })

res = pd.DataFrame(rows)
print(res.round(4).to_string(index=False))
print(res[["pr_auc_model", "pr_auc_prior", "roc_auc_model", "roc_auc_slack_rule"]].mean().round(4))
