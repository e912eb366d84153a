"""Stock-out next week: SMOTE + LightGBM in an imblearn pipeline, store-grouped CV.

SMOTE sits inside the pipeline, so each CV fold over-samples its own training part only;
folds are StratifiedGroupKFold on store_id. Features include recent-level smoothing of
stock on hand within each store-item.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedGroupKFold, cross_validate

TARGET = "stockout_next_week"
DROP = ["row_id", "store_id", "item_id", "week", "category", TARGET,
        "lost_sales_next_week", "emergency_order"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def add_features(df):
    df = df.sort_values(["store_id", "item_id", "week"]).copy()
    grp = df.groupby(["store_id", "item_id"])
    df["on_hand_4w_mean"] = grp["on_hand"].transform(lambda s: s.rolling(4, min_periods=1).mean())
    df["on_hand_trend"] = df["on_hand"] - df["on_hand_4w_mean"]
    df["sales_4w_max"] = grp["units_sold_last_week"].transform(lambda s: s.rolling(4, min_periods=1).max())
    df["days_of_cover"] = (df["on_hand"] + df["on_order"]) / df["avg_daily_sales_4w"].clip(lower=0.1)
    df["cover_gap"] = df["days_of_cover"] - df["lead_time_days"]
    df = pd.concat([df, pd.get_dummies(df["category"], prefix="cat", dtype=float)], axis=1)
    return df.sort_index()


train = add_features(train)
test = add_features(test)
features = [c for c in train.columns if c not in DROP]
test = test.reindex(columns=train.columns.drop([TARGET, "lost_sales_next_week", "emergency_order"]), fill_value=0)
X, y, groups = train[features].fillna(0), train[TARGET], train["store_id"]
print(f"{len(features)} features, positive rate {y.mean():.3f}")

pipe = Pipeline([
    ("smote", SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=0)),
    ("clf", LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, verbose=-1)),
])
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "average_precision", "f1"]

res_model = cross_validate(pipe, X, y, groups=groups, cv=cv, scoring=scoring)
res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv,
                           scoring=["roc_auc", "average_precision"])
for m in ["roc_auc", "average_precision"]:
    print(f"{m:18s} model {res_model['test_' + m].mean():.4f} ± {res_model['test_' + m].std():.4f}"
          f"   prior {res_dummy['test_' + m].mean():.4f}")
print(f"{'f1':18s} model {res_model['test_f1'].mean():.4f}")

pipe.fit(X, y)
importance = pd.Series(pipe.named_steps["clf"].feature_importances_, index=features)
print(importance.sort_values(ascending=False).head(10))

pred = pipe.predict_proba(test[features].fillna(0))[:, 1]
pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
