"""Quick first pass at the cancellation task.

Load, take the numeric columns, rider-grouped holdout, XGBoost, compare with the
majority-class model. Meant as a sanity check before spending time on features.
"""
from collections import OrderedDict

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupShuffleSplit
from xgboost import XGBClassifier

LABEL = "cancelled"


def load(path="train.csv"):
    df = pd.read_csv(path, parse_dates=["request_time"])
    df["hour"] = df["request_time"].dt.hour
    df["weekday"] = df["request_time"].dt.weekday
    df["airport_night"] = df["is_airport"] * df["hour"].between(0, 5).astype(int)
    return df


def split_by_rider(df, test_size=0.2, seed=0):
    gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
    tr, te = next(gss.split(df, groups=df["rider_id"]))
    return df.iloc[tr], df.iloc[te]


df = load()
print(df.info())
print(df[LABEL].value_counts())

# numeric columns only for the first pass; categorical encodings later
numeric = df.select_dtypes(include="number").columns.tolist()
features = [c for c in numeric if c not in (LABEL, "rider_id", "driver_id")]
print("using", len(features), "features:", features)

train, test = split_by_rider(df)
X_train, y_train = train[features], train[LABEL]
X_test, y_test = test[features], test[LABEL]

models = OrderedDict(
    majority=DummyClassifier(strategy="most_frequent"),
    xgb_shallow=XGBClassifier(n_estimators=300, max_depth=3, learning_rate=0.1, tree_method="hist"),
)
scores = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    scores[name] = model.score(X_test, y_test)
    print(f"{name:<12} holdout score: {scores[name]:.4f}")

lift = scores["xgb_shallow"] - scores["majority"]
print(f"xgb beats majority by {lift:+.4f}")

booster = models["xgb_shallow"].get_booster()
gain = pd.Series(booster.get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(10))

# per-hour view of the holdout
test = test.assign(pred=models["xgb_shallow"].predict(X_test))
print(test.groupby("hour")[[LABEL, "pred"]].mean().round(3))

# write predictions for the test file with the same model
sub = load("test.csv")
for c in features:
    if c not in sub.columns:
        sub[c] = 0
pd.DataFrame({"trip_id": sub["trip_id"],
              "prediction": models["xgb_shallow"].predict_proba(sub[features])[:, 1]}).to_csv("predictions.csv", index=False)
