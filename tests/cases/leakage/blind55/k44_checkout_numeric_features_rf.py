# Checkout A/B test: 30-day revenue model
# Random forest on every numeric column + encoded categoricals; holdout 25%; mean predictor for reference.

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, r2_score, mean_squared_error

TARGET = "revenue_30d"
POST_PERIOD = ["orders_30d", "refund_30d"]   # measured during the 30-day window itself

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.isna().sum())
print(train.describe().T.round(2))
print(train.groupby("variant")[TARGET].agg(["mean", "median", "count"]))

# numeric columns only; strings get one-hot below
numeric = train.select_dtypes(include="number").columns.drop([TARGET] + POST_PERIOD).tolist()
print("numeric features:", numeric)

categorical = ["variant", "country", "platform", "signup_channel"]
for c in categorical:
    print(c, train[c].nunique(), "levels;", "unseen in test:", sorted(set(test[c].dropna()) - set(train[c].dropna())))


def make_X(frame):
    X = frame[numeric].copy()
    X = X.fillna(-1)
    X = X.join(pd.get_dummies(frame[categorical], dtype=int))
    return X


X = make_X(train)
y = train[TARGET]
X_sub = make_X(test).reindex(columns=X.columns, fill_value=0)

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.25, random_state=31)

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=10, max_features=0.5, n_jobs=-1, random_state=31)
rf.fit(X_tr, y_tr)
dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)

for name, model in [("random forest", rf), ("mean predictor", dummy)]:
    pred = model.predict(X_va)
    print(f"{name:15s} MAE {mean_absolute_error(y_va, pred):.3f}  "
          f"RMSE {np.sqrt(mean_squared_error(y_va, pred)):.3f}  R2 {r2_score(y_va, pred):.4f}")

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(12).round(4))

# treatment effect implied by the model: predict everyone as A and as B
X_a, X_b = X_va.copy(), X_va.copy()
X_a[["variant_A", "variant_B"]] = [1, 0]
X_b[["variant_A", "variant_B"]] = [0, 1]
print("model-implied B-A revenue difference:", round((rf.predict(X_b) - rf.predict(X_a)).mean(), 3))

rf.fit(X, y)
pd.DataFrame({"user_id": test["user_id"], "prediction": rf.predict(X_sub)}).to_csv("predictions.csv", index=False)
