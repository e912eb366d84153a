"""House prices: holdout + CV with every learned step inside the pipeline."""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 0
HIGH_CARD = ["Neighborhood", "Exterior1st", "Exterior2nd"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.select_dtypes("number").corr()["SalePrice"].sort_values(ascending=False).head(10))


def add_features(df):
    df = df.copy()
    df["TotalSF"] = df["TotalBsmtSF"].fillna(0) + df["1stFlrSF"] + df["2ndFlrSF"]
    df["HouseAge"] = df["YrSold"] - df["YearBuilt"]
    df["TotalBath"] = df["FullBath"] + 0.5 * df["HalfBath"]
    df["MSSubClass"] = df["MSSubClass"].astype(str)
    return df.drop(columns=["Id"])


X = add_features(train.drop(columns="SalePrice"))
y = np.log1p(train["SalePrice"])
X_test_final = add_features(test)

X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, random_state=RANDOM_STATE)

# IQR outlier removal, training split only
q1, q3 = X_tr["GrLivArea"].quantile([0.25, 0.75])
iqr = q3 - q1
keep = X_tr["GrLivArea"].between(q1 - 3 * iqr, q3 + 3 * iqr)
print("dropping", (~keep).sum(), "training outliers")
X_tr, y_tr = X_tr[keep], y_tr[keep]

low_card = make_column_selector(dtype_include=object)
numeric = make_column_selector(dtype_include=np.number)


def make_model(reg):
    prep = make_column_transformer(
        (ce.TargetEncoder(cols=HIGH_CARD, smoothing=10), HIGH_CARD),
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        (make_pipeline(SimpleImputer(strategy="constant", fill_value="None"),
                       OneHotEncoder(handle_unknown="ignore")),
         lambda df: [c for c in low_card(df) if c not in HIGH_CARD]),
    )
    return make_pipeline(prep, reg)


candidates = {
    "ridge": RidgeCV(alphas=np.logspace(-2, 3, 20)),
    "gbr": GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3,
                                     subsample=0.8, random_state=RANDOM_STATE),
}

kf = KFold(5, shuffle=True, random_state=RANDOM_STATE)
cv_scores = {}
for name, reg in candidates.items():
    s = -cross_val_score(make_model(reg), X_tr, y_tr, cv=kf,
                         scoring="neg_root_mean_squared_error")
    cv_scores[name] = s.mean()
    print(f"{name:6s} CV RMSE(log) {s.mean():.4f} +/- {s.std():.4f}")

best_name = min(cv_scores, key=cv_scores.get)
print("picked by CV:", best_name)

best = make_model(candidates[best_name]).fit(X_tr, y_tr)
ho_rmse = mean_squared_error(y_ho, best.predict(X_ho)) ** 0.5
print(f"holdout RMSE(log): {ho_rmse:.4f}")

# refit on every labelled row once the estimate is recorded
final = make_model(candidates[best_name]).fit(X, y)
pd.DataFrame({"Id": test["Id"], "SalePrice": np.expm1(final.predict(X_test_final))}).to_csv(
    "submission.csv", index=False)
