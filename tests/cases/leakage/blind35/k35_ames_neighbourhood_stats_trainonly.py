"""Ames price model with neighbourhood features learned from the training sales.

Neighbourhood price levels and the lot-frontage fill values are computed from
the training part and looked up for the test part (with a shrinkage towards
the overall level for thin neighbourhoods).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

NONE_COLS = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType", "GarageFinish",
             "GarageQual", "BsmtQual", "BsmtCond", "BsmtExposure", "MasVnrType"]
ZERO_COLS = ["MasVnrArea", "GarageCars", "TotalBsmtSF", "BsmtFullBath"]
QUAL = {"Ex": 5, "Gd": 4, "TA": 3, "Fa": 2, "Po": 1, "None": 0}


def basic_clean(df):
    df = df.copy()
    df.columns = df.columns.str.replace(" ", "")
    df[NONE_COLS] = df[NONE_COLS].fillna("None")
    df[ZERO_COLS] = df[ZERO_COLS].fillna(0)
    df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
    df["Age"] = df["YrSold"] - df["YearBuilt"]
    df["RemodAge"] = df["YrSold"] - df["YearRemodAdd"]
    df["TotalBath"] = df["FullBath"] + 0.5 * df["HalfBath"] + df["BsmtFullBath"]
    for c in ["ExterQual", "KitchenQual", "BsmtQual", "FireplaceQu"]:
        df[c + "_n"] = df[c].map(QUAL).fillna(0)
    return df


class NeighbourhoodStats:
    def __init__(self, k=10):
        self.k = k

    def fit(self, df):
        logp = np.log(df["SalePrice"])
        ppsf = df["SalePrice"] / df["GrLivArea"]
        self.global_ = {"logp": logp.mean(), "ppsf": ppsf.median(), "frontage": df["LotFrontage"].median()}
        g = pd.DataFrame({"nb": df["Neighborhood"], "logp": logp, "ppsf": ppsf,
                          "frontage": df["LotFrontage"]}).groupby("nb")
        n = g.size()
        w = n / (n + self.k)
        self.table_ = pd.DataFrame({
            "nb_logprice": w * g["logp"].mean() + (1 - w) * self.global_["logp"],
            "nb_price_per_sf": w * g["ppsf"].median() + (1 - w) * self.global_["ppsf"],
            "nb_frontage": g["frontage"].median(),
        })
        return self

    def transform(self, df):
        out = df.join(self.table_, on="Neighborhood")
        out["nb_logprice"] = out["nb_logprice"].fillna(self.global_["logp"])
        out["nb_price_per_sf"] = out["nb_price_per_sf"].fillna(self.global_["ppsf"])
        out["LotFrontage"] = (out["LotFrontage"].fillna(out["nb_frontage"])
                              .fillna(self.global_["frontage"]))
        return out.drop(columns="nb_frontage")


FEATURES = ["OverallQual", "OverallCond", "GrLivArea", "TotalSF", "LotArea", "LotFrontage", "GarageCars",
            "Age", "RemodAge", "TotalBath", "Fireplaces", "MasVnrArea", "ExterQual_n", "KitchenQual_n",
            "BsmtQual_n", "FireplaceQu_n", "nb_logprice", "nb_price_per_sf"]


def main():
    ames = basic_clean(pd.read_csv("AmesHousing.csv"))
    train, test = train_test_split(ames, test_size=0.2, random_state=1)

    stats = NeighbourhoodStats(k=10).fit(train)
    train_f, test_f = stats.transform(train), stats.transform(test)
    y_train, y_test = np.log(train["SalePrice"]), np.log(test["SalePrice"])

    model = GradientBoostingRegressor(n_estimators=800, learning_rate=0.03, max_depth=3,
                                      subsample=0.8, random_state=1)
    model.fit(train_f[FEATURES], y_train)
    baseline = DummyRegressor(strategy="median").fit(train_f[FEATURES], y_train)

    for name, est in [("baseline (median price)", baseline), ("gradient boosting", model)]:
        pred = est.predict(test_f[FEATURES])
        rmse = mean_squared_error(y_test, pred) ** 0.5
        mae = mean_absolute_error(np.exp(y_test), np.exp(pred))
        print(f"{name:24s} RMSE(log) {rmse:.4f}   MAE ${mae:,.0f}")


if __name__ == "__main__":
    main()
