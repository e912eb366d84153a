import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# RNA-seq raw counts, genes x samples (as downloaded from GDC)
counts = pd.read_csv("data/tcga_brca_counts.tsv.gz", sep="\t", index_col=0)
clin = pd.read_csv("data/tcga_brca_clinical.tsv", sep="\t", index_col="sample")

counts = counts.T  # samples x genes
common = counts.index.intersection(clin.index)
counts = counts.loc[common]
clin = clin.loc[common]
print("samples:", counts.shape[0], "genes:", counts.shape[1])

# protein-coding genes only (GENCODE v36 annotation)
annot = pd.read_csv("data/gencode_v36_genes.tsv", sep="\t")
coding = annot.loc[annot["gene_type"] == "protein_coding", "gene_id"]
counts = counts.loc[:, counts.columns.isin(coding)]

# library-size normalisation, per sample
lib_size = counts.sum(axis=1)
cpm = counts.div(lib_size, axis=0) * 1e6
logcpm = np.log2(cpm + 1)

keep = clin["pam50"].isin(["LumA", "LumB", "Her2", "Basal"])
logcpm = logcpm[keep]
labels = clin.loc[keep, "pam50"]
subtype_code = {"LumA": 0, "LumB": 1, "Her2": 2, "Basal": 3}
y = labels.map(subtype_code).to_numpy()
print(pd.Series(labels).value_counts())

K = 500
selector = SelectKBest(f_classif, k=K)
X_top = selector.fit_transform(logcpm.values, y)
top_genes = logcpm.columns[selector.get_support()]
print("top genes:", list(top_genes[:15]))

clf = make_pipeline(
    StandardScaler(),
    LogisticRegression(penalty="l2", C=0.1, max_iter=5000, multi_class="multinomial"),
)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=2020)
res = cross_validate(clf, X_top, y, cv=skf,
                     scoring=["accuracy", "balanced_accuracy", "f1_macro"])

for m in ["accuracy", "balanced_accuracy", "f1_macro"]:
    vals = res[f"test_{m}"]
    print(f"{m:>18s}: {vals.mean():.3f} +/- {vals.std():.3f}")
