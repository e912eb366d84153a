"""SKU stock-out next week: walk-forward evaluation over the last 8 weeks.

Each week w of the backtest: fit on weeks <= w-2 (one-week gap, since the label of
week w-1 is only known once week w is over), predict week w.
"""
import pandas as pd
import numpy as np
from lightgbm import LGBMClassifier
from sklearn.metrics import accuracy_score

TARGET = "stockout_next_week"

df = pd.read_csv("train.csv", parse_dates=["week_start"])
print(df.shape, df["sku"].nunique(), "skus", df["week_start"].nunique(), "weeks")
print("positive rate:", round(df[TARGET].mean(), 3))

# ---- demand / supply features per SKU
df = df.sort_values(["sku", "week_start"]).reset_index(drop=True)
per_sku = df.groupby("sku")
df["demand_4w"] = per_sku["units_sold"].transform(lambda s: s.rolling(4, min_periods=1).mean())
df["demand_std_4w"] = per_sku["units_sold"].transform(lambda s: s.rolling(4, min_periods=2).std())
df["weeks_of_cover"] = df["on_hand_units"] / df["demand_4w"].clip(lower=0.5)
df["cover_incl_po"] = (df["on_hand_units"] + df["open_po_units"]) / df["demand_4w"].clip(lower=0.5)
df["lead_time_weeks"] = df["lead_time_days"] / 7
df["cover_minus_lead"] = df["cover_incl_po"] - df["lead_time_weeks"]
df["cv_demand"] = df["demand_std_4w"] / df["demand_4w"].clip(lower=0.5)
df["woy"] = df["week_start"].dt.isocalendar().week.astype(int)
df["category"] = df["category"].astype("category")
df["supplier"] = df["supplier"].astype("category")

FEATS = ["on_hand_units", "units_sold", "open_po_units", "lead_time_weeks", "price", "promo_flag",
         "stocked_out_this_week", "demand_4w", "demand_std_4w", "weeks_of_cover", "cover_incl_po",
         "cover_minus_lead", "cv_demand", "woy", "category", "supplier"]

weeks = np.sort(df["week_start"].unique())
results = []
for w in weeks[-8:]:
    w = pd.Timestamp(w)
    fit_rows = df[df["week_start"] <= w - pd.Timedelta(weeks=2)]
    eval_rows = df[df["week_start"] == w]
    model = LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31,
                           min_child_samples=40, random_state=0, verbose=-1)
    model.fit(fit_rows[FEATS], fit_rows[TARGET])
    pred = model.predict(eval_rows[FEATS])
    naive = eval_rows["stocked_out_this_week"].astype(int)   # naive: next week looks like this week
    results.append({
        "week": w.date(),
        "n": len(eval_rows),
        "acc_model": accuracy_score(eval_rows[TARGET], pred),
        "acc_naive": accuracy_score(eval_rows[TARGET], naive),
    })

res = pd.DataFrame(results)
print(res.to_string(index=False))
print("mean accuracy  model: %.3f   naive baseline: %.3f" % (res["acc_model"].mean(), res["acc_naive"].mean()))
