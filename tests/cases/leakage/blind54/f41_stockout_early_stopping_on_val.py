# Stock-out risk model -- LightGBM with early stopping
#
# train.csv covers ~2 years of store x item days. The final 14 days are the test period;
# the 14 days before them are a validation period used only for early stopping. The test
# period is scored once at the end. Reported metric: PR-AUC (positive rate is ~6%).

import json
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

HORIZON = 14
GROUP = ["store_id", "item_id"]


def make_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(GROUP + ["date"]).copy()
    sales = df.groupby(GROUP)["sales"]
    df["lag14"] = sales.shift(14)
    df["lag21"] = sales.shift(21)
    df["lag28"] = sales.shift(28)
    df["avg28_l14"] = sales.transform(lambda s: s.shift(HORIZON).rolling(28, min_periods=5).mean())
    df["zero_share28_l14"] = sales.transform(lambda s: s.shift(HORIZON).eq(0).rolling(28, min_periods=5).mean())
    df["days_of_cover"] = df["opening_stock"] / (df["avg28_l14"] + 0.1)
    df["stock_after_inbound"] = df["opening_stock"] + df["on_order_units"]
    df["dow"] = df["date"].dt.dayofweek
    df["dom"] = df["date"].dt.day
    return df


COLS = ["opening_stock", "on_order_units", "days_since_delivery", "on_promo", "sell_price",
        "lag14", "lag21", "lag28", "avg28_l14", "zero_share28_l14", "days_of_cover",
        "stock_after_inbound", "dow", "dom"]

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
allx = make_features(pd.concat([train, test], ignore_index=True, sort=False))
hist = allx[allx["stockout"].notna()].copy()
hist["stockout"] = hist["stockout"].astype(int)
future = allx[allx["stockout"].isna()].copy()

t_cut = hist["date"].max() - pd.Timedelta(days=HORIZON)
v_cut = t_cut - pd.Timedelta(days=HORIZON)
train_part = hist[hist["date"] <= v_cut]
valid_part = hist[(hist["date"] > v_cut) & (hist["date"] <= t_cut)]
test_part = hist[hist["date"] > t_cut]
print(f"train {len(train_part)} rows (pos {train_part['stockout'].mean():.4f}) | "
      f"valid {len(valid_part)} | test {len(test_part)} rows (pos {test_part['stockout'].mean():.4f})")

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, num_leaves=63,
                           min_child_samples=100, subsample=0.8, subsample_freq=1,
                           colsample_bytree=0.7, verbose=-1)
model.fit(
    train_part[COLS], train_part["stockout"],
    eval_set=[(valid_part[COLS], valid_part["stockout"])],
    eval_metric="binary_logloss",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)
best_iter = model.best_iteration_
print("best iteration:", best_iter)

p_test = model.predict_proba(test_part[COLS], num_iteration=best_iter)[:, 1]
prior = DummyClassifier(strategy="prior").fit(train_part[COLS], train_part["stockout"])
p_prior = prior.predict_proba(test_part[COLS])[:, 1]

report = {
    "average_precision": average_precision_score(test_part["stockout"], p_test),
    "roc_auc": roc_auc_score(test_part["stockout"], p_test),
    "brier": brier_score_loss(test_part["stockout"], p_test),
}
print("prior baseline PR-AUC:", round(average_precision_score(test_part["stockout"], p_prior), 4))
print("model:", {k: round(v, 4) for k, v in report.items()})
with open("metrics.json", "w") as f:
    json.dump({"average_precision": report["average_precision"], "roc_auc": report["roc_auc"]}, f)

final = lgb.LGBMClassifier(**{**model.get_params(), "n_estimators": best_iter})
final.fit(hist[COLS], hist["stockout"])
future["prediction"] = final.predict_proba(future[COLS])[:, 1]
future[["id", "prediction"]].to_csv("predictions.csv", index=False)
