"""ln(IC50) regression: univariate gene filter + ridge, tuned by CV on the training split only."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import GridSearchCV, KFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from scipy.stats import spearmanr

META = ["cosmic_id", "cell_line_name", "tissue", "msi_status", "auc_dose_response", "ln_ic50"]
SEED = 2024


def evaluate(name, y_true, y_pred):
    rmse = mean_squared_error(y_true, y_pred) ** 0.5
    print(f"{name:12s} R2={r2_score(y_true, y_pred):6.3f}  RMSE={rmse:.3f}  "
          f"MAE={mean_absolute_error(y_true, y_pred):.3f}  rho={spearmanr(y_true, y_pred).correlation:.3f}")


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in df.columns if c not in META]
    X, y = df[genes], df["ln_ic50"]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=SEED)

    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(score_func=f_regression)),
        ("ridge", Ridge()),
    ])
    grid = {
        "select__k": [100, 300, 1000, 3000],
        "ridge__alpha": np.logspace(-1, 4, 11),
    }
    search = GridSearchCV(pipe, grid, cv=KFold(5, shuffle=True, random_state=SEED),
                          scoring="neg_root_mean_squared_error", n_jobs=-1)
    search.fit(X_tr, y_tr)
    print("best params:", search.best_params_, "inner-CV RMSE: %.3f" % -search.best_score_)

    evaluate("ridge", y_te, search.predict(X_te))
    dummy = DummyRegressor(strategy="median").fit(X_tr, y_tr)
    evaluate("median", y_te, dummy.predict(X_te))

    search.best_estimator_.fit(X, y)
    pd.DataFrame({"cosmic_id": test["cosmic_id"],
                  "prediction": search.best_estimator_.predict(test[genes])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
