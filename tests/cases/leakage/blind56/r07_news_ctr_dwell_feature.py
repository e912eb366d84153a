# Click-through prediction for the news feed.
# LightGBM on all numeric columns + device/category one-hots, time-based validation.
import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss

train = pd.read_csv("train.csv", parse_dates=["event_time"])
test = pd.read_csv("test.csv", parse_dates=["event_time"])
train = train.sort_values("event_time").reset_index(drop=True)

print(train.dtypes)
print("CTR", train["clicked"].mean())
print(train.isna().mean().sort_values(ascending=False).head())

TARGET = "clicked"
KEYS = ["impression_id", "user_id", "article_id"]


def make_X(df):
    num = [c for c in df.select_dtypes("number").columns if c not in KEYS + [TARGET]]
    X = df[num].copy()
    X["hour"] = df["event_time"].dt.hour
    X["dow"] = df["event_time"].dt.dayofweek
    X = pd.concat([X, pd.get_dummies(df[["device", "category"]], dtype=float)], axis=1)
    return X.fillna(0)


X = make_X(train)
y = train[TARGET].values
print("features:", list(X.columns))

# last 20% of the timeline as validation
split_time = train["event_time"].quantile(0.8)
tr_idx = np.where(train["event_time"] < split_time)[0]
va_idx = np.where(train["event_time"] >= split_time)[0]

model = lgb.LGBMClassifier(
    n_estimators=600,
    learning_rate=0.03,
    num_leaves=47,
    min_child_samples=80,
    reg_lambda=1.0,
    colsample_bytree=0.7,
    random_state=7,
)
model.fit(X.iloc[tr_idx], y[tr_idx])
pred = model.predict_proba(X.iloc[va_idx])[:, 1]
print(f"AUC {roc_auc_score(y[va_idx], pred):.4f}   logloss {log_loss(y[va_idx], pred):.4f}")

gain = model.booster_.feature_importance(importance_type="gain")
print(pd.Series(gain, index=X.columns).sort_values(ascending=False).head(10))

# calibration check by decile
va = pd.DataFrame({"p": pred, "y": y[va_idx]})
va["bin"] = pd.qcut(va["p"], 10, labels=False, duplicates="drop")
print(va.groupby("bin")[["p", "y"]].mean())

model.fit(X, y)
X_test = make_X(test).reindex(columns=X.columns, fill_value=0)
out = pd.DataFrame({"impression_id": test["impression_id"], "prediction": model.predict_proba(X_test)[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.head())

sub = pd.read_csv("predictions.csv")
assert len(sub) == len(test) and sub["impression_id"].is_unique
assert sub["prediction"].notna().all() and sub["prediction"].between(0, 1).all()
print("submission ok:", sub.shape, "mean prediction", round(sub["prediction"].mean(), 4))
