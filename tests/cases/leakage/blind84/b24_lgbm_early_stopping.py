"""LightGBM regressor for ln IC50 with early stopping."""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

META = ["cosmic_id", "cell_line_name", "tissue", "msi_status", "auc_dose_response", "ln_ic50"]
PARAMS = dict(
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=15,
    min_child_samples=10,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.3,
    reg_lambda=1.0,
    random_state=13,
    verbose=-1,
)


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in df.columns if c not in META]
    df["tissue"] = df["tissue"].astype("category")
    test["tissue"] = pd.Categorical(test["tissue"], categories=df["tissue"].cat.categories)
    features = genes + ["tissue"]

    X_train, X_test, y_train, y_test = train_test_split(df[features], df["ln_ic50"], test_size=0.2,
                                                        random_state=13)

    model = lgb.LGBMRegressor(**PARAMS)
    model.fit(
        X_train, y_train,
        eval_set=[(X_test, y_test)],
        eval_metric="rmse",
        callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(250)],
    )
    best_iter = model.best_iteration_
    pred = model.predict(X_test, num_iteration=best_iter)
    base = DummyRegressor().fit(X_train[genes], y_train).predict(X_test[genes])

    print(f"best iteration: {best_iter}")
    print(f"LightGBM  RMSE={mean_squared_error(y_test, pred) ** 0.5:.3f}  R2={r2_score(y_test, pred):.3f}")
    print(f"mean      RMSE={mean_squared_error(y_test, base) ** 0.5:.3f}  R2={r2_score(y_test, base):.3f}")

    final = lgb.LGBMRegressor(**{**PARAMS, "n_estimators": best_iter})
    final.fit(df[features], df["ln_ic50"])
    pd.DataFrame({"cosmic_id": test["cosmic_id"], "prediction": final.predict(test[features])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
