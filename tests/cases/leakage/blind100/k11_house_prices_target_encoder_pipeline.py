# House Prices - neighborhood target encoding inside a pipeline
#
# Target encoding of high-cardinality categoricals (Neighborhood, Exterior1st...)
# with sklearn's TargetEncoder. It sits inside the Pipeline, so in every CV fold
# it is fitted on that fold's training rows only.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import TargetEncoder, OneHotEncoder, StandardScaler
from sklearn.model_selection import train_test_split, KFold, cross_val_score
from sklearn.linear_model import RidgeCV
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

SEED = 0

df = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")

print(df.shape)
print(df["SalePrice"].describe())
print(df.isna().mean().sort_values(ascending=False).head(15))

plt.figure(figsize=(14, 5))
sns.countplot(x="Neighborhood", data=df)
plt.xticks(rotation=90)
plt.tight_layout()
plt.savefig("neighborhood_counts.png")
plt.close()

for frame in (df, df_test):
    frame["TotalSF"] = frame["TotalBsmtSF"].fillna(0) + frame["1stFlrSF"] + frame["2ndFlrSF"]
    frame["Age"] = frame["YrSold"] - frame["YearBuilt"]
    frame["Baths"] = frame["FullBath"] + 0.5 * frame["HalfBath"]

high_card = ["Neighborhood", "Exterior1st", "Exterior2nd", "MSSubClass"]
low_card = ["MSZoning", "BldgType", "HouseStyle", "KitchenQual", "ExterQual", "CentralAir", "SaleCondition"]
numeric = ["OverallQual", "OverallCond", "GrLivArea", "TotalSF", "GarageCars", "GarageArea",
           "LotArea", "LotFrontage", "Age", "Baths", "TotRmsAbvGrd", "Fireplaces", "MasVnrArea"]

for frame in (df, df_test):
    frame["MSSubClass"] = frame["MSSubClass"].astype(str)

X = df[high_card + low_card + numeric]
y = np.log1p(df["SalePrice"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)

prep = ColumnTransformer([
    ("te", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="missing")),
                     ("enc", TargetEncoder(target_type="continuous", random_state=SEED))]), high_card),
    ("ohe", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("enc", OneHotEncoder(handle_unknown="ignore"))]), low_card),
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), numeric),
])

models = {
    "dummy_mean": DummyRegressor(strategy="mean"),
    "ridge": RidgeCV(alphas=np.logspace(-2, 3, 30)),
    "hgb": HistGradientBoostingRegressor(max_iter=600, learning_rate=0.04, max_leaf_nodes=20,
                                         l2_regularization=1.0, random_state=SEED),
}

kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
cv_results = {}
for name, reg in models.items():
    pipe = Pipeline([("prep", prep), ("reg", reg)])
    rmse = -cross_val_score(pipe, X_train, y_train, cv=kf, scoring="neg_root_mean_squared_error")
    cv_results[name] = rmse.mean()
    print(f"{name:10s} CV RMSE(log) = {rmse.mean():.4f} +/- {rmse.std():.4f}")

best = min((n for n in cv_results if n != "dummy_mean"), key=cv_results.get)
print("best by CV:", best)

final = Pipeline([("prep", prep), ("reg", models[best])])
final.fit(X_train, y_train)
pred = final.predict(X_test)
print("held-out RMSE(log):", np.sqrt(mean_squared_error(y_test, pred)))
print("held-out MAE($):", mean_absolute_error(np.expm1(y_test), np.expm1(pred)))

base = Pipeline([("prep", prep), ("reg", DummyRegressor(strategy="mean"))]).fit(X_train, y_train)
print("mean-baseline held-out RMSE(log):", np.sqrt(mean_squared_error(y_test, base.predict(X_test))))

final.fit(X, y)
sub = pd.DataFrame({"Id": df_test["Id"], "SalePrice": np.expm1(final.predict(df_test[X.columns]))})
sub.to_csv("submission.csv", index=False)
