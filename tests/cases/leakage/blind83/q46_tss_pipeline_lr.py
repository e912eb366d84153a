"""Earnings-beat logistic model evaluated with expanding-window time-series CV."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_validate

NUM = ["log_mcap", "dispersion", "n_analysts", "revision_30d", "revision_90d", "pre_ret_20d", "pre_vol_20d",
       "prev_surprise", "short_interest"]
CAT = ["sector"]


def prepare(df):
    df = df.copy()
    df["log_mcap"] = np.log(df["mcap"])
    df["dispersion"] = np.log1p(df["eps_std"] / df["consensus_eps"].abs().clip(lower=0.01))
    return df


def pipeline():
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), CAT),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.3, max_iter=3000))])


def main():
    df = prepare(pd.read_csv("train.csv", parse_dates=["report_date"]))
    df = df.sort_values("report_date").reset_index(drop=True)
    test = prepare(pd.read_csv("test.csv", parse_dates=["report_date"]))
    X, y = df[NUM + CAT], df["beat"]

    cv = TimeSeriesSplit(n_splits=5, test_size=len(df) // 8)
    scoring = ["roc_auc", "neg_log_loss", "neg_brier_score"]
    res = cross_validate(pipeline(), X, y, cv=cv, scoring=scoring)
    res_base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=scoring)

    table = pd.DataFrame({
        "auc": res["test_roc_auc"], "auc_base": res_base["test_roc_auc"],
        "logloss": -res["test_neg_log_loss"], "logloss_base": -res_base["test_neg_log_loss"],
        "brier": -res["test_neg_brier_score"], "brier_base": -res_base["test_neg_brier_score"],
    })
    for k, (tr, va) in enumerate(cv.split(X)):
        table.loc[k, "valid_from"] = df.loc[va[0], "report_date"].date()
    print(table.round(4).to_string())
    print(table.drop(columns="valid_from").mean().round(4).to_string())

    final = pipeline().fit(X, y)
    names = final.named_steps["pre"].get_feature_names_out()
    print(pd.Series(final.named_steps["lr"].coef_[0], index=names).sort_values().round(3).to_string())
    pd.DataFrame({"event_id": test["event_id"], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
