import numpy as np
import pandas as pd
from sklearn.linear_model import ElasticNet
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold
from xgboost import XGBRegressor

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

for df in (train, test):
    df["TotalSF"] = df["TotalBsmtSF"].fillna(0) + df["1stFlrSF"] + df["2ndFlrSF"]
    df["TotalBath"] = (df["FullBath"] + 0.5 * df["HalfBath"]
                       + df["BsmtFullBath"].fillna(0) + 0.5 * df["BsmtHalfBath"].fillna(0))
    df["Age"] = df["YrSold"] - df["YearBuilt"]
    df["RemodAge"] = df["YrSold"] - df["YearRemodAdd"]
    df["HasGarage"] = df["GarageArea"].fillna(0).gt(0).astype(int)
    df["QualSF"] = df["OverallQual"] * df["GrLivArea"]
    df["LogLotArea"] = np.log1p(df["LotArea"])

num_cols = train.select_dtypes(include="number").columns.tolist()
num_cols.remove("Id")

y = np.log1p(train["SalePrice"].values)
X = train[num_cols].fillna(-1)
X_test = test.reindex(columns=num_cols).fillna(-1)
print(f"{X.shape[1]} numeric features")

models = {
    "xgb": lambda: XGBRegressor(n_estimators=3000, learning_rate=0.01, max_depth=4, subsample=0.7,
                                colsample_bytree=0.5, min_child_weight=2, reg_lambda=1.0, random_state=0),
    "enet": lambda: ElasticNet(alpha=0.0005, l1_ratio=0.9, max_iter=50000),
}

kf = KFold(n_splits=5, shuffle=True, random_state=42)
oof = {name: np.zeros(len(X)) for name in models}
test_pred = {name: np.zeros(len(X_test)) for name in models}
for tr, va in kf.split(X):
    for name, make in models.items():
        m = make()
        m.fit(X.iloc[tr], y[tr])
        oof[name][va] = m.predict(X.iloc[va])
        test_pred[name] += m.predict(X_test) / kf.n_splits

for name in models:
    print(f"{name:<5} OOF RMSE(log) {mean_squared_error(y, oof[name]) ** 0.5:.5f}")
blend_oof = 0.7 * oof["xgb"] + 0.3 * oof["enet"]
print(f"blend OOF RMSE(log) {mean_squared_error(y, blend_oof) ** 0.5:.5f}")

blend_test = 0.7 * test_pred["xgb"] + 0.3 * test_pred["enet"]
pd.DataFrame({"Id": test["Id"], "prediction": np.expm1(blend_test)}).to_csv("predictions.csv", index=False)
