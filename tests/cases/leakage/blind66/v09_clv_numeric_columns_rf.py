# CLV regression - random forest on the numeric columns of the customer snapshot
import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

warnings.filterwarnings("ignore")

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train.head(3).T)

# ----------------------------------------------------------------------------
# quick EDA
# ----------------------------------------------------------------------------
print("\nmissing values")
print(train.isna().sum().loc[lambda s: s > 0])

print("\nclv_12m quantiles")
print(train["clv_12m"].quantile([0.1, 0.25, 0.5, 0.75, 0.9, 0.99]))

rfm = train[["recency_days", "frequency", "monetary_avg", "clv_12m"]].copy()
rfm["R"] = pd.qcut(rfm["recency_days"], 4, labels=[4, 3, 2, 1]).astype(int)
rfm["F"] = pd.qcut(rfm["frequency"].rank(method="first"), 4, labels=[1, 2, 3, 4]).astype(int)
rfm["M"] = pd.qcut(rfm["monetary_avg"], 4, labels=[1, 2, 3, 4]).astype(int)
print("\nmean clv by RFM R+F score")
print(rfm.groupby(rfm["R"] + rfm["F"])["clv_12m"].mean().round(1))

# ----------------------------------------------------------------------------
# features
# ----------------------------------------------------------------------------
TARGET = "clv_12m"
NOT_FEATURES = [TARGET, "orders_next_12m", "refund_amount_12m"]

num_cols = train.select_dtypes("number").columns.drop(NOT_FEATURES).tolist()
print("\nnumeric features:", num_cols)

X = train[num_cols]
y = train[TARGET]

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=11)

# fill with the training medians only
med = X_tr.median()
X_tr = X_tr.fillna(med)
X_val = X_val.fillna(med)

# ----------------------------------------------------------------------------
# model vs. predicting the training mean for everyone
# ----------------------------------------------------------------------------
mean_pred = np.full(len(y_val), y_tr.mean())
print("\npredict-the-mean MAE:", round(mean_absolute_error(y_val, mean_pred), 2))

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=11)
rf.fit(X_tr, y_tr)
val_pred = rf.predict(X_val)
print("random forest MAE:", round(mean_absolute_error(y_val, val_pred), 2))
print("random forest R2 :", round(r2_score(y_val, val_pred), 3))

imp = pd.Series(rf.feature_importances_, index=num_cols).sort_values(ascending=False)
print("\nimportances\n", imp.round(3))

# ----------------------------------------------------------------------------
# final model
# ----------------------------------------------------------------------------
full_med = X.median()
rf.fit(X.fillna(full_med), y)
X_test = test[num_cols].fillna(full_med)
pd.DataFrame({"customer_id": test["customer_id"], "prediction": rf.predict(X_test)}).to_csv(
    "predictions.csv", index=False
)
print("done")
