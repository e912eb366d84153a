"""CLV 12m - linear model, pipeline version.

The preprocessing (impute / scale / one-hot) is part of the model pipeline, so it only ever
sees the rows it is fitted on. Holdout: the last 20% of signups (chronological).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

NUM = ["first_order_value", "orders_first_30d", "spend_first_30d", "sessions_first_30d",
       "discount_first_order", "newsletter_opt_in"]
CAT = ["acquisition_channel", "country", "device", "age_band"]
TARGET = "clv_12m"


def build_model(alpha=10.0):
    num_pipe = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    cat_pipe = Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                         ("onehot", OneHotEncoder(handle_unknown="ignore"))])
    prep = ColumnTransformer([("num", num_pipe, NUM), ("cat", cat_pipe, CAT)])
    return Pipeline([("prep", prep), ("ridge", Ridge(alpha=alpha))])


def main():
    df = pd.read_csv("train.csv", parse_dates=["signup_date"])
    df = df.drop_duplicates("customer_id").sort_values("signup_date").reset_index(drop=True)
    print(df.shape)

    n_train = int(0.8 * len(df))
    train, test_part = df.iloc[:n_train], df.iloc[n_train:]
    print("train:", train["signup_date"].min().date(), "->", train["signup_date"].max().date())
    print("test :", test_part["signup_date"].min().date(), "->", test_part["signup_date"].max().date())

    model = build_model().fit(train[NUM + CAT], np.log1p(train[TARGET]))
    baseline = DummyRegressor(strategy="median").fit(train[NUM + CAT], train[TARGET])

    truth = test_part[TARGET]
    pred = np.expm1(model.predict(test_part[NUM + CAT]))
    pred_base = baseline.predict(test_part[NUM + CAT])
    print(f"baseline (median) MAE {mean_absolute_error(truth, pred_base):.2f}  R2 {r2_score(truth, pred_base):.3f}")
    print(f"ridge             MAE {mean_absolute_error(truth, pred):.2f}  R2 {r2_score(truth, pred):.3f}")

    coefs = pd.Series(model["ridge"].coef_, index=model["prep"].get_feature_names_out()).sort_values()
    print(coefs.head(8))
    print(coefs.tail(8))

    # submission: same pipeline refitted on all labelled rows
    test = pd.read_csv("test.csv", parse_dates=["signup_date"])
    final = build_model().fit(df[NUM + CAT], np.log1p(df[TARGET]))
    out = pd.DataFrame({"customer_id": test["customer_id"],
                        "prediction": np.expm1(final.predict(test[NUM + CAT]))})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
