"""Drug response model for the hand-in: random forest on expression + tissue.

Reports how well the model explains ln IC50 and compares with predicting the mean.
"""
import numpy as np
import pandas as pd
from scipy.stats import pearsonr, spearmanr
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error, r2_score

META = ["cosmic_id", "cell_line_name", "tissue", "msi_status", "auc_dose_response", "ln_ic50"]


def make_features(df, genes, tissues):
    X = df[genes].fillna(0.0).copy()
    for t in tissues:
        X[f"tissue_{t}"] = (df["tissue"] == t).astype(float)
    X["msi_high"] = (df["msi_status"] == "MSI-H").astype(float)
    return X


def summary(name, y, pred):
    print(f"{name:15s} R2={r2_score(y, pred):.3f} RMSE={mean_squared_error(y, pred) ** 0.5:.3f} "
          f"pearson={pearsonr(y, pred)[0] if np.std(pred) > 0 else float('nan'):.3f} "
          f"spearman={spearmanr(y, pred).correlation if np.std(pred) > 0 else float('nan'):.3f}")


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in df.columns if c not in META]
    tissues = sorted(df["tissue"].dropna().unique())

    X = make_features(df, genes, tissues)
    y = df["ln_ic50"].to_numpy()

    rf = RandomForestRegressor(n_estimators=800, max_features=0.2, min_samples_leaf=2,
                               n_jobs=-1, random_state=0)
    rf.fit(X, y)
    baseline = DummyRegressor(strategy="mean").fit(X, y)

    summary("random forest", y, rf.predict(X))
    summary("mean baseline", y, baseline.predict(X))

    imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
    print("\nTop 15 features:")
    print(imp.head(15).to_string())

    X_test = make_features(test, genes, tissues)
    pd.DataFrame({"cosmic_id": test["cosmic_id"], "prediction": rf.predict(X_test)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
