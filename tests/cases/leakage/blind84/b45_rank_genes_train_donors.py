"""pDC classifier with markers learned from the training donors only.

normalize_total / log1p are per-cell operations. Marker discovery (rank_genes_groups) uses the
labels, so it runs on the training donors' cells only; held-out donors are scored once.
"""
import anndata as ad
import numpy as np
import pandas as pd
import scanpy as sc
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

OBS = ["cell_barcode", "donor_id", "n_counts", "pct_mito", "reference_celltype", "is_pdc"]
N_MARKERS = 30


def make_adata(frame, genes, obs_cols):
    a = ad.AnnData(X=frame[genes].to_numpy(dtype=np.float32), obs=frame[obs_cols].set_index("cell_barcode"))
    a.var_names = genes
    sc.pp.normalize_total(a, target_sum=1e4)
    sc.pp.log1p(a)
    return a


def find_markers(a, n=N_MARKERS):
    a = a.copy()
    a.obs["label"] = a.obs["is_pdc"].map({0: "other", 1: "pDC"}).astype("category")
    sc.tl.rank_genes_groups(a, groupby="label", groups=["pDC"], reference="other", method="wilcoxon")
    res = sc.get.rank_genes_groups_df(a, group="pDC")
    res = res[res["logfoldchanges"] > 1].sort_values("scores", ascending=False)
    return res["names"].head(n).tolist()


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in df.columns if c not in OBS]
    adata = make_adata(df, genes, OBS)

    split = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=1)
    tr, te = next(split.split(np.zeros(adata.n_obs), groups=adata.obs["donor_id"]))
    ad_tr, ad_te = adata[tr].copy(), adata[te].copy()
    print("held-out donors:", sorted(ad_te.obs["donor_id"].unique()))

    markers = find_markers(ad_tr)
    print("markers:", markers[:15])

    y_tr, y_te = ad_tr.obs["is_pdc"].to_numpy(), ad_te.obs["is_pdc"].to_numpy()
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000))
    model.fit(ad_tr[:, markers].X, y_tr)
    p = model.predict_proba(ad_te[:, markers].X)[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(ad_tr.X, y_tr).predict_proba(ad_te.X)[:, 1]

    print(f"markers+LR AUC={roc_auc_score(y_te, p):.3f} AP={average_precision_score(y_te, p):.3f} "
          f"balAcc={balanced_accuracy_score(y_te, p > 0.5):.3f}")
    print(f"dummy      AUC={roc_auc_score(y_te, p0):.3f} AP={average_precision_score(y_te, p0):.3f}")

    markers_all = find_markers(adata)
    model.fit(adata[:, markers_all].X, adata.obs["is_pdc"].to_numpy())
    tdata = make_adata(test, genes, ["cell_barcode"])
    pd.DataFrame({"cell_barcode": test["cell_barcode"],
                  "prediction": model.predict_proba(tdata[:, markers_all].X)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
