# House Prices (Kaggle) - gradient boosting with ordinal-encoded categoricals
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OrdinalEncoder, StandardScaler

train = pd.read_csv("input/train.csv")
test = pd.read_csv("input/test.csv")

y = np.log1p(train.pop("SalePrice"))
n_train = len(train)
test_ids = test["Id"]

full = pd.concat([train, test], axis=0, ignore_index=True).drop(columns=["Id"])

# simple feature engineering
full["TotalSF"] = full["TotalBsmtSF"].fillna(0) + full["1stFlrSF"] + full["2ndFlrSF"]
full["Age"] = full["YrSold"] - full["YearBuilt"]
full["RemodAge"] = full["YrSold"] - full["YearRemodAdd"]
full["TotalBath"] = (
    full["FullBath"] + 0.5 * full["HalfBath"]
    + full["BsmtFullBath"].fillna(0) + 0.5 * full["BsmtHalfBath"].fillna(0)
)

cat_cols = full.select_dtypes(include="object").columns.tolist()
num_cols = [c for c in full.columns if c not in cat_cols]

full[cat_cols] = full[cat_cols].fillna("None")
full[num_cols] = full[num_cols].fillna(0)

ordinal = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)
full[cat_cols] = ordinal.fit_transform(full[cat_cols])

scaler = StandardScaler()
full[num_cols] = scaler.fit_transform(full[num_cols])

X = full.iloc[:n_train].reset_index(drop=True)
X_submit = full.iloc[n_train:].reset_index(drop=True)

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=42)

cat_mask = [c in cat_cols for c in X.columns]
gbr = HistGradientBoostingRegressor(
    learning_rate=0.04,
    max_iter=900,
    max_leaf_nodes=15,
    min_samples_leaf=10,
    l2_regularization=0.5,
    categorical_features=cat_mask,
    random_state=42,
)
gbr.fit(X_tr, y_tr)
val_pred = gbr.predict(X_val)

mean_model = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
base_pred = mean_model.predict(X_val)

rmse = lambda a, b: float(np.sqrt(mean_squared_error(a, b)))
print(f"validation RMSE(log)  gbr={rmse(y_val, val_pred):.4f}   mean baseline={rmse(y_val, base_pred):.4f}")
print(f"validation MAE($)     gbr={mean_absolute_error(np.expm1(y_val), np.expm1(val_pred)):,.0f}")

gbr.fit(X, y)
submission = pd.DataFrame({"Id": test_ids, "SalePrice": np.expm1(gbr.predict(X_submit))})
submission.to_csv("submission.csv", index=False)
print(submission.head())
