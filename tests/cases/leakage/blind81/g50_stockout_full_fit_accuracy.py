"""Stock-out next week: gradient boosting classifier.

Trains on all of train.csv (more data = better model for the submission) and reports how
well the model separates the classes.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

TARGET = "stockout_next_week"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

NUMERIC = ["on_hand", "on_order", "lead_time_days", "avg_daily_sales_4w",
           "units_sold_last_week", "promo_next_week", "price"]


def make_features(frame, categories=None):
    X = frame[NUMERIC].astype(float).copy()
    X["days_of_cover"] = (X["on_hand"] + X["on_order"]) / X["avg_daily_sales_4w"].clip(lower=0.1)
    X["cover_gap"] = X["days_of_cover"] - X["lead_time_days"]
    X["below_lead_time"] = (X["cover_gap"] < 0).astype(int)
    X["sales_ratio"] = X["units_sold_last_week"] / (7 * X["avg_daily_sales_4w"].clip(lower=0.1))
    cats = pd.Categorical(frame["category"], categories=categories)
    X = pd.concat([X, pd.get_dummies(cats, prefix="cat", dtype=int).set_index(frame.index)], axis=1)
    return X, cats.categories


X, categories = make_features(df)
y = df[TARGET]
print(f"rows: {len(X)}, features: {X.shape[1]}, stock-out share: {y.mean():.3f}")

model = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=4,
                                   subsample=0.8, random_state=0)
model.fit(X, y)

train_pred = model.predict(X)
print(f"accuracy: {accuracy_score(y, train_pred):.4f}")

by_category = pd.DataFrame({"category": df["category"], "correct": (train_pred == y).astype(int)})
print(by_category.groupby("category")["correct"].mean().round(4))

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10).round(4))

X_test, _ = make_features(test, categories)
X_test = X_test.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
