"""Claims cost - stacked regressors.

Base learners: ridge on transformed numerics, random forest, histogram GBM.
Meta learner: non-negative linear blend fitted on out-of-fold predictions
(StackingRegressor, 5-fold). Evaluation on a 25% holdout.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor, StackingRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error
from sklearn.model_selection import KFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, PowerTransformer

TARGET = "claim_cost"
SEED = 2
TEXT_AND_DATES = ["adjuster_notes", "loss_date", "report_date", "policy_start_date"]

num_sel = make_column_selector(dtype_include=np.number)
cat_sel = make_column_selector(dtype_include=object)


def ridge_branch():
    pre = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), PowerTransformer()), num_sel),
        (OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat_sel),
    )
    return make_pipeline(pre, Ridge(alpha=10.0))


def tree_preprocessor():
    return make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-1), cat_sel),
        (SimpleImputer(strategy="median"), num_sel),
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")


def forest_branch():
    return make_pipeline(tree_preprocessor(), RandomForestRegressor(n_estimators=400, min_samples_leaf=5,
                                                                    max_features=0.4, n_jobs=-1, random_state=SEED))


def gbm_branch():
    return make_pipeline(tree_preprocessor(), HistGradientBoostingRegressor(loss="absolute_error", max_iter=600,
                                                                            learning_rate=0.05, random_state=SEED))


def build_stack():
    return StackingRegressor(
        estimators=[("ridge", ridge_branch()), ("rf", forest_branch()), ("gbm", gbm_branch())],
        final_estimator=LinearRegression(positive=True),
        cv=KFold(n_splits=5, shuffle=True, random_state=SEED),
        n_jobs=-1,
    )


def metrics(y, p):
    return {"MAE": mean_absolute_error(y, p), "RMSE": root_mean_squared_error(y, p), "R2": r2_score(y, p)}


def main():
    df = pd.read_csv("train.csv")
    df = df.drop(columns=[c for c in TEXT_AND_DATES if c in df.columns])
    df = df.dropna(subset=[TARGET])
    X = df.drop(columns=[TARGET])
    y = df[TARGET]
    print("numeric:", num_sel(X))
    print("categorical:", cat_sel(X))

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=SEED)

    stack = build_stack().fit(X_tr, y_tr)
    dummy = DummyRegressor(strategy="median").fit(X_tr, y_tr)
    print("meta weights:", dict(zip(["ridge", "rf", "gbm"], np.round(stack.final_estimator_.coef_, 3))))

    table = pd.DataFrame({"dummy_median": metrics(y_te, dummy.predict(X_te)),
                          "stack": metrics(y_te, stack.predict(X_te))}).T
    print(table.round(3))

    residual = y_te - stack.predict(X_te)
    by_type = pd.DataFrame({"claim_type": X_te["claim_type"], "abs_err": residual.abs()}).groupby("claim_type")
    print(by_type["abs_err"].median().sort_values(ascending=False).round(1))

    final = build_stack().fit(X, y)
    sub = pd.read_csv("test.csv").drop(columns=TEXT_AND_DATES, errors="ignore")
    pd.DataFrame({"claim_id": sub["claim_id"], "prediction": final.predict(sub[X.columns])}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
