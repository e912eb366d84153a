"""EPIC array: does blood methylation separate responders from non-responders to
methotrexate? Significance via a label-permutation test."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, permutation_test_score, cross_val_score

betas = pd.read_csv("epic_betas_noob_bmiq.csv.gz", index_col=0).T  # samples x CpGs
pheno = pd.read_csv("pheno.csv", index_col="Sample_Name").loc[betas.index]

# remove probes on sex chromosomes and cross-reactive probes
manifest = pd.read_csv("epic_manifest_filtered.csv", index_col="IlmnID")
auto = manifest.index[~manifest["CHR"].isin(["X", "Y"]) & ~manifest["cross_reactive"]]
betas = betas.loc[:, betas.columns.intersection(auto)]

M = np.log2(betas.clip(0.001, 0.999) / (1 - betas.clip(0.001, 0.999)))
y = (pheno["response_6m"] == "responder").astype(int).to_numpy()
print("n =", len(y), " responders =", y.sum(), " CpGs =", M.shape[1])

top_cpgs = SelectKBest(f_classif, k=1000).fit(M.values, y)
M_top = M.loc[:, top_cpgs.get_support()]

clf = LogisticRegression(penalty="l1", solver="liblinear", C=0.5)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)

score, perm_scores, pval = permutation_test_score(
    clf, M_top.values, y, cv=cv, n_permutations=1000, scoring="roc_auc", n_jobs=-1, random_state=99
)
dummy_auc = cross_val_score(DummyClassifier(strategy="prior"), M_top.values, y, cv=cv, scoring="roc_auc")

print(f"CV AUC            {score:.3f}")
print(f"permutation mean  {perm_scores.mean():.3f} (95th pct {np.percentile(perm_scores, 95):.3f})")
print(f"p-value           {pval:.4f}")
print(f"prior baseline    {dummy_auc.mean():.3f}")
