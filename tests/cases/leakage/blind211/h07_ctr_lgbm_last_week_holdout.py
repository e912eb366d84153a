"""Ad CTR take-home: LightGBM on impression features, holdout = last 7 days."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["impression_time"])
df = df.sort_values("impression_time").reset_index(drop=True)
print(df.shape)
print(df["impression_time"].min(), "->", df["impression_time"].max())
print("CTR overall:", round(df["clicked"].mean(), 4))
print(df.groupby("ad_position")["clicked"].agg(["mean", "size"]))
print(df.groupby("device_type")["clicked"].agg(["mean", "size"]))

DEVICE = {"mobile": 0, "desktop": 1, "tablet": 2}


def make_features(frame):
    X = pd.DataFrame(index=frame.index)
    X["hour"] = frame["impression_time"].dt.hour
    X["weekday"] = frame["impression_time"].dt.weekday
    X["device"] = frame["device_type"].map(DEVICE).fillna(-1)
    X["ad_position"] = frame["ad_position"]
    X["bid_price"] = frame["bid_price"]
    X["user_age_bucket"] = frame["user_age_bucket"]
    for cat in SITE_CATS:
        X[f"site_{cat}"] = (frame["site_category"] == cat).astype(int)
    return X


last_day = df["impression_time"].max().normalize()
test_start = last_day - pd.Timedelta(days=6)
valid_start = test_start - pd.Timedelta(days=7)

fit_rows = df[df["impression_time"] < valid_start]
val_rows = df[(df["impression_time"] >= valid_start) & (df["impression_time"] < test_start)]
test_rows = df[df["impression_time"] >= test_start]
print("fit", len(fit_rows), "val", len(val_rows), "test", len(test_rows))
SITE_CATS = sorted(fit_rows["site_category"].dropna().unique())

X_fit, y_fit = make_features(fit_rows), fit_rows["clicked"]
X_val, y_val = make_features(val_rows), val_rows["clicked"]
X_test, y_test = make_features(test_rows), test_rows["clicked"]

model = lgb.LGBMClassifier(
    n_estimators=2000,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=200,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.7,
    reg_lambda=1.0,
    random_state=0,
)
model.fit(
    X_fit, y_fit,
    eval_set=[(X_val, y_val)],
    eval_metric="binary_logloss",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)

p_test = model.predict_proba(X_test)[:, 1]
base_rate = y_fit.mean()
p_base = np.full(len(y_test), base_rate)

print("\n=== last 7 days ===")
print(f"baseline (constant {base_rate:.4f}): logloss {log_loss(y_test, p_base):.5f}")
print(f"lightgbm: AUC {roc_auc_score(y_test, p_test):.4f}  "
      f"PR-AUC {average_precision_score(y_test, p_test):.4f}  "
      f"logloss {log_loss(y_test, p_test):.5f}")
print("mean predicted CTR", p_test.mean().round(4), "actual", y_test.mean().round(4))

imp = pd.Series(model.booster_.feature_importance("gain"), index=X_fit.columns)
print(imp.sort_values(ascending=False).head(10))

sub = pd.read_csv("test.csv", parse_dates=["impression_time"])
pred = model.predict_proba(make_features(sub), num_iteration=model.best_iteration_)[:, 1]
pd.DataFrame({"impression_id": sub["impression_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
