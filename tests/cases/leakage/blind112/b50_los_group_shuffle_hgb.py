"""LOS regression: HistGradientBoosting with a patient-grouped holdout."""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GroupShuffleSplit

CATS = ["sex", "admission_type", "primary_dx_group", "ward", "insurance"]


def read_inputs():
    task = json.loads(Path("task.json").read_text())
    train = pd.read_csv("train.csv", parse_dates=[task["time_column"]])
    test = pd.read_csv("test.csv", parse_dates=[task["time_column"]])
    return task, train, test


def to_features(df, task):
    X = df.drop(columns=[task["target"], task["id_column"], task["group_column"], task["time_column"]]
                + task["leaky_columns"], errors="ignore").copy()
    X["weekend_admit"] = (df[task["time_column"]].dt.dayofweek >= 5).astype(int)
    X["age_band"] = (X["age"] // 10).clip(upper=9)
    for c in CATS:
        X[c] = X[c].astype("category")
    return X


def main():
    task, train, test = read_inputs()
    target = task["target"]
    print(train.shape, test.shape)
    print(train[target].describe())

    X = to_features(train, task)
    y = train[target].to_numpy()
    X_test = to_features(test, task)
    for c in CATS:
        X_test[c] = pd.Categorical(X_test[c], categories=X[c].cat.categories)

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=9)
    tr, va = next(gss.split(X, y, groups=train[task["group_column"]]))
    print(f"train {len(tr)} rows, holdout {len(va)} rows "
          f"({train[task['group_column']].iloc[va].nunique()} patients)")

    model = HistGradientBoostingRegressor(loss="absolute_error", max_iter=600, learning_rate=0.04,
                                          max_leaf_nodes=31, categorical_features="from_dtype", random_state=9)
    model.fit(X.iloc[tr], y[tr])
    pred = model.predict(X.iloc[va])
    mae = mean_absolute_error(y[va], pred)
    print(f"holdout MAE {mae:.3f}  R2 {r2_score(y[va], pred):.3f}")

    err = pd.DataFrame({"admission_type": train["admission_type"].iloc[va].values, "abs_err": np.abs(y[va] - pred)})
    print(err.groupby("admission_type")["abs_err"].mean().round(3))

    model.fit(X, y)
    pd.DataFrame({task["id_column"]: test[task["id_column"]], "prediction": model.predict(X_test).clip(0)}).to_csv(
        "predictions.csv", index=False)
    Path("metrics.json").write_text(json.dumps({"mean_absolute_error": round(mae, 3)}))


if __name__ == "__main__":
    main()
