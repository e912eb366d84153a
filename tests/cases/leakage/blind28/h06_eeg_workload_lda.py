# Cross-participant workload decoding, leave-one-participant-out.
import numpy as np
import pandas as pd
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.dummy import DummyClassifier
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import LeaveOneGroupOut, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

epochs = pd.read_parquet("derivatives/bandpower_epochs.parquet")
bands = ("delta", "theta", "alpha", "beta", "gamma")
bp_cols = [c for c in epochs.columns if c.endswith(bands)]

n_epochs = epochs.groupby("participant").size()
print(n_epochs.sort_values().head())
keep = n_epochs[n_epochs >= 40].index
epochs = epochs[epochs["participant"].isin(keep)].reset_index(drop=True)

# log band power; relative power within each epoch
logbp = np.log10(epochs[bp_cols])
relbp = epochs[bp_cols].div(epochs[bp_cols].sum(axis=1), axis=0).add_suffix("_rel")
X = pd.concat([logbp, relbp], axis=1).to_numpy()
y = epochs["workload"].to_numpy()
groups = epochs["participant"].to_numpy()

logo = LeaveOneGroupOut()
lda = make_pipeline(StandardScaler(), LinearDiscriminantAnalysis(solver="lsqr", shrinkage="auto"))
chance = DummyClassifier(strategy="stratified", random_state=0)

scores = cross_val_score(lda, X, y, groups=groups, cv=logo, scoring="balanced_accuracy")
chance_scores = cross_val_score(chance, X, y, groups=groups, cv=logo, scoring="balanced_accuracy")

summary = pd.DataFrame({"participant": np.unique(groups), "lda": scores, "chance": chance_scores})
print(summary.round(3).to_string(index=False))
print(f"\nLDA    bAcc {scores.mean():.3f} (sd {scores.std():.3f})")
print(f"chance bAcc {chance_scores.mean():.3f}")
print("participants above chance:", int((scores > chance_scores).sum()), "/", len(scores))
