"""CTR model, forward-chaining CV (TimeSeriesSplit) of LightGBM vs a constant-CTR baseline."""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_validate

train = pd.read_csv("train.csv", parse_dates=["event_time"])
test = pd.read_csv("test.csv", parse_dates=["event_time"])
train = train.sort_values("event_time").reset_index(drop=True)


def describe(df):
    print("rows", len(df), "| users", df["user_id"].nunique(), "| articles", df["article_id"].nunique())
    print("time range", df["event_time"].min(), "->", df["event_time"].max())
    print("CTR by device:")
    print(df.groupby("device")["clicked"].mean().round(4).to_string())
    print("missing share:")
    print(df.isna().mean().sort_values(ascending=False).head(5).round(4).to_string())


describe(train)


def features(df):
    f = pd.DataFrame(
        {
            "position": df["position"],
            "article_age_hours": df["article_age_hours"],
            "user_age_days": df["user_age_days"],
            "user_hist_len": df["user_hist_len"],
            "title_len": df["title_len"],
            "hour": df["event_time"].dt.hour,
            "dow": df["event_time"].dt.dayofweek,
        }
    )
    cats = pd.get_dummies(df[["device", "category"]], dtype=float)
    return pd.concat([f, cats], axis=1)


X = features(train)
y = train["clicked"]
print(X.shape, "positive rate", round(y.mean(), 4))

# rows are sorted by event_time, so each fold trains on the past and scores the next block
cv = TimeSeriesSplit(n_splits=5)
scoring = ["roc_auc", "neg_log_loss"]

models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "lgbm": LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31,
                           min_child_samples=100, colsample_bytree=0.8, random_state=1),
}
for name, est in models.items():
    res = cross_validate(est, X, y, cv=cv, scoring=scoring, n_jobs=-1)
    print(
        f"{name:15s} AUC {res['test_roc_auc'].mean():.4f} +- {res['test_roc_auc'].std():.4f}"
        f"   logloss {-res['test_neg_log_loss'].mean():.4f}"
    )
    print("   per fold AUC:", np.round(res["test_roc_auc"], 4))

final = models["lgbm"].fit(X, y)
X_test = features(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"impression_id": test["impression_id"], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)

sub = pd.read_csv("predictions.csv")
assert len(sub) == len(test) and sub["impression_id"].is_unique
assert sub["prediction"].notna().all() and sub["prediction"].between(0, 1).all()
print("submission ok:", sub.shape, "mean prediction", round(sub["prediction"].mean(), 4))
