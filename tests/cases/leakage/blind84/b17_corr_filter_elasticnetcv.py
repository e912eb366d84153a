"""ln(IC50) regression from basal expression.

1. keep genes whose |Pearson r| with ln_ic50 is highest (top 500)
2. ElasticNetCV (inner CV picks alpha / l1_ratio)
3. 10-fold CV estimate
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import ElasticNetCV
from sklearn.model_selection import KFold, cross_val_score, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from scipy.stats import pearsonr, spearmanr

META = ["cosmic_id", "cell_line_name", "tissue", "msi_status", "auc_dose_response", "ln_ic50"]
N_GENES = 500


def correlation_filter(X: pd.DataFrame, y: pd.Series, n: int) -> list:
    Xc = X - X.mean()
    yc = y - y.mean()
    r = (Xc.mul(yc, axis=0).sum() / (np.sqrt((Xc ** 2).sum()) * np.sqrt((yc ** 2).sum()))).fillna(0)
    return r.abs().sort_values(ascending=False).index[:n].tolist()


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in df.columns if c not in META]
    y = df["ln_ic50"]

    selected = correlation_filter(df[genes], y, N_GENES)
    print("top correlated genes:", selected[:10])
    X = df[selected]

    model = make_pipeline(
        StandardScaler(),
        ElasticNetCV(l1_ratio=[0.1, 0.5, 0.9], n_alphas=50, cv=5, max_iter=20000, n_jobs=-1),
    )
    cv = KFold(n_splits=10, shuffle=True, random_state=42)
    r2 = cross_val_score(model, X, y, cv=cv, scoring="r2")
    pred = cross_val_predict(model, X, y, cv=cv)
    print("CV R2: %.3f +/- %.3f" % (r2.mean(), r2.std()))
    print("CV Pearson r: %.3f" % pearsonr(y, pred)[0])
    print("CV Spearman rho: %.3f" % spearmanr(y, pred).correlation)

    model.fit(X, y)
    enet = model[-1]
    print("alpha=%.4f l1_ratio=%.2f non-zero=%d" % (enet.alpha_, enet.l1_ratio_, (enet.coef_ != 0).sum()))
    pd.DataFrame({"cosmic_id": test["cosmic_id"], "prediction": model.predict(test[selected])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
