# DIA proteomics (Spectronaut report), CSF: Alzheimer's (A+T+) vs controls.
import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


class HalfMinImputer(BaseEstimator, TransformerMixin):
    """Replace missing intensities by half of the smallest observed value of that protein."""

    def fit(self, X, y=None):
        X = np.asarray(X, dtype=float)
        self.fill_ = np.nanmin(X, axis=0) / 2.0
        return self

    def transform(self, X):
        X = np.array(X, dtype=float, copy=True)
        rows, cols = np.where(np.isnan(X))
        X[rows, cols] = self.fill_[cols]
        return X


report = pd.read_csv("csf_dia_protein_quant.tsv", sep="\t", index_col="PG.ProteinGroups")
samples = pd.read_csv("csf_samples.csv", index_col="run")
intens = report.T.loc[samples.index]          # runs x protein groups
intens = intens.replace(0, np.nan)

# drop contaminants and decoys from the FASTA
intens = intens.loc[:, ~intens.columns.str.startswith(("CON__", "REV__"))]
log_int = np.log2(intens)
# median centring per run (sample loading)
log_int = log_int.sub(log_int.median(axis=1), axis=0)

y = (samples["group"] == "AD").astype(int).to_numpy()
print("runs:", len(y), "AD:", y.sum(), "proteins:", log_int.shape[1])

pipe = Pipeline([
    ("impute", HalfMinImputer()),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(penalty="elasticnet", solver="saga", l1_ratio=0.5, C=0.2, max_iter=20000)),
])

cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=10, random_state=0)
res = cross_validate(pipe, log_int.to_numpy(), y, cv=cv, scoring=["roc_auc", "balanced_accuracy"], n_jobs=-1)
print("AUC  %.3f +/- %.3f" % (res["test_roc_auc"].mean(), res["test_roc_auc"].std()))
print("bAcc %.3f +/- %.3f" % (res["test_balanced_accuracy"].mean(), res["test_balanced_accuracy"].std()))
