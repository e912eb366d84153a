# Ames housing: LightGBM with target encoding learned on the training split only
import category_encoders as ce
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

HIGH_CARD = ["Neighborhood", "Exterior1st", "Exterior2nd", "MSSubClass", "Condition1", "SaleType"]


def clean(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["LotFrontage"] = frame["LotFrontage"].fillna(0)
    frame["MasVnrArea"] = frame["MasVnrArea"].fillna(0)
    frame["GarageYrBlt"] = frame["GarageYrBlt"].fillna(frame["YearBuilt"])
    frame["MSSubClass"] = frame["MSSubClass"].astype(str)
    obj = frame.select_dtypes("object").columns
    frame[obj] = frame[obj].fillna("missing")
    frame["TotalSF"] = frame["TotalBsmtSF"] + frame["1stFlrSF"] + frame["2ndFlrSF"]
    frame["TotalBath"] = (frame["FullBath"] + 0.5 * frame["HalfBath"]
                          + frame["BsmtFullBath"] + 0.5 * frame["BsmtHalfBath"])
    frame["RemodAge"] = frame["YrSold"] - frame["YearRemodAdd"]
    return frame


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


houses = clean(pd.read_csv("train.csv"))
y = np.log1p(houses.pop("SalePrice"))
X = houses.drop(columns=["Id"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=17)

encoder = ce.TargetEncoder(cols=HIGH_CARD, smoothing=10, min_samples_leaf=5)
X_train = encoder.fit_transform(X_train, y_train)
X_test = encoder.transform(X_test)

low_card = X_train.select_dtypes("object").columns
for c in low_card:
    X_train[c] = X_train[c].astype("category")
    X_test[c] = pd.Categorical(X_test[c], categories=X_train[c].cat.categories)

model = lgb.LGBMRegressor(
    n_estimators=1500, learning_rate=0.02, num_leaves=15, min_child_samples=10,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.6, random_state=17, verbose=-1,
)
model.fit(X_train, y_train)

baseline = np.full(len(y_test), y_train.median())
print("baseline (train median) RMSE log:", round(rmse(y_test, baseline), 4))
print("lightgbm RMSE log              :", round(rmse(y_test, model.predict(X_test)), 4))
