"""House prices - regularised linear model with proper CV.

* log1p target
* all learned preprocessing (imputation, scaling, one-hot, skew fix) inside one Pipeline
* alpha tuned with GridSearchCV on the training split only
* DummyRegressor for reference, hold-out scored once
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, PowerTransformer, StandardScaler

SEED = 7

df = pd.read_csv("train.csv")
# documented outliers (De Cock's paper recommends removing houses > 4000 sq ft)
df = df[df["GrLivArea"] < 4000].reset_index(drop=True)

y = np.log1p(df["SalePrice"])
X = df.drop(columns=["Id", "SalePrice"])

# MSSubClass is a code, not a number
X["MSSubClass"] = X["MSSubClass"].astype(str)
# NA means "none" for these (data description), so a constant fill is fine
for col in ["Alley", "BsmtQual", "BsmtCond", "BsmtExposure", "BsmtFinType1", "BsmtFinType2",
            "FireplaceQu", "GarageType", "GarageFinish", "GarageQual", "GarageCond",
            "PoolQC", "Fence", "MiscFeature", "MasVnrType"]:
    X[col] = X[col].fillna("None")
X["TotalSF"] = X["TotalBsmtSF"].fillna(0) + X["1stFlrSF"] + X["2ndFlrSF"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)

numeric_pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("power", PowerTransformer(method="yeo-johnson")),
    ("scale", StandardScaler()),
])
categorical_pipe = Pipeline([
    ("impute", SimpleImputer(strategy="most_frequent")),
    ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=10)),
])
prep = ColumnTransformer([
    ("num", numeric_pipe, make_column_selector(dtype_include=np.number)),
    ("cat", categorical_pipe, make_column_selector(dtype_exclude=np.number)),
])

model = Pipeline([("prep", prep), ("ridge", Ridge())])
cv = KFold(n_splits=5, shuffle=True, random_state=SEED)

search = GridSearchCV(model, {"ridge__alpha": np.logspace(-1, 3, 17)},
                      scoring="neg_root_mean_squared_error", cv=cv, n_jobs=-1)
search.fit(X_train, y_train)
print("best alpha:", search.best_params_["ridge__alpha"])
print("CV RMSE (log): %.4f" % -search.best_score_)

dummy_cv = -cross_val_score(DummyRegressor(strategy="mean"), X_train, y_train, cv=cv,
                            scoring="neg_root_mean_squared_error").mean()
print("CV RMSE (log), mean predictor: %.4f" % dummy_cv)


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
print("hold-out RMSE (log)  ridge: %.4f   mean predictor: %.4f"
      % (rmse(y_test, search.predict(X_test)), rmse(y_test, dummy.predict(X_test))))
